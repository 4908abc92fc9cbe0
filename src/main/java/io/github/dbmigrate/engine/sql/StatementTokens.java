package io.github.dbmigrate.engine.sql;

import java.util.Locale;

/**
 * The words and punctuation of one statement's text, for recognizing what the statement does:
 * comments are skipped, and each string or quoted name is one token {@code '}. MySQL's executable
 * comments are read as the SQL they are.
 */
final class StatementTokens {

  /** A literal (string, quoted identifier, dollar quote) as a token. */
  static final String LITERAL = "'";

  /** A word upper-cased, a punctuation character or {@link #LITERAL}, starting at {@code start}. */
  record Token(String text, int start) {
    boolean is(String upperCase) {
      return text.equals(upperCase);
    }
  }

  private final String sql;
  private final SplitRules rules;
  private int pos;

  StatementTokens(String sql, SplitRules rules) {
    this.sql = sql;
    this.rules = rules;
  }

  /** The next token, or null at the end of the text. */
  Token next() {
    skipTrivia();
    if (pos >= sql.length()) {
      return null;
    }
    int start = pos;
    char c = sql.charAt(pos);
    if (Character.isLetterOrDigit(c) || c == '_') {
      while (pos < sql.length() && isWordPart(sql.charAt(pos))) {
        pos++;
      }
      if (rules.escapeStringPrefix() && pos == start + 1 && (c == 'E' || c == 'e')
          && pos < sql.length() && sql.charAt(pos) == '\'') {
        skipQuoted('\'', true); // E'...' takes backslash escapes
        return new Token(LITERAL, start);
      }
      return new Token(sql.substring(start, pos).toUpperCase(Locale.ROOT), start);
    }
    switch (c) {
      case '\'' -> skipQuoted('\'', rules.backslashEscapes());
      case '"' -> skipQuoted('"', rules.doubleQuotedStrings() && rules.backslashEscapes());
      case '`' -> skipQuoted('`', false);
      case '[' -> {
        if (!rules.bracketIdentifiers()) {
          pos++;
          return new Token("[", start);
        }
        skipQuoted(']', false);
      }
      case '$' -> {
        if (!skipDollarQuote()) {
          pos++;
          return new Token("$", start);
        }
      }
      default -> {
        pos++;
        return new Token(String.valueOf(c), start);
      }
    }
    return new Token(LITERAL, start);
  }

  /** Starts again from the first token. */
  void rewind() {
    pos = 0;
  }

  /** The next token without moving on, or null at the end. */
  Token peek() {
    int saved = pos;
    Token next = next();
    pos = saved;
    return next;
  }

  /** The 0-based line of {@code offset} within the text. */
  int lineOf(int offset) {
    int line = 0;
    for (int i = 0; i < offset && i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 >= sql.length() || sql.charAt(i + 1) != '\n')) {
        line++;
      }
    }
    return line;
  }

  /** The statement's text on the line of {@code offset}, stripped. */
  String lineAt(int offset) {
    int start = offset;
    while (start > 0 && sql.charAt(start - 1) != '\n' && sql.charAt(start - 1) != '\r') {
      start--;
    }
    int end = offset;
    while (end < sql.length() && sql.charAt(end) != '\n' && sql.charAt(end) != '\r') {
      end++;
    }
    return sql.substring(start, end).strip();
  }

  private static boolean isWordPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }

  private void skipTrivia() {
    while (pos < sql.length()) {
      char c = sql.charAt(pos);
      if (Character.isWhitespace(c)) {
        pos++;
      } else if (sql.startsWith("--", pos) || c == '#' && rules.hashComments()) {
        while (pos < sql.length() && sql.charAt(pos) != '\n' && sql.charAt(pos) != '\r') {
          pos++;
        }
      } else if (rules.executableComments() && (sql.startsWith("/*!", pos) || sql.startsWith("/*M!", pos))) {
        pos += sql.charAt(pos + 2) == '!' ? 3 : 4;
        while (pos < sql.length() && Character.isDigit(sql.charAt(pos))) {
          pos++;
        }
      } else if (rules.executableComments() && sql.startsWith("*/", pos)) {
        pos += 2; // the end of an executable comment
      } else if (sql.startsWith("/*", pos)) {
        skipBlockComment();
      } else {
        return;
      }
    }
  }

  private void skipBlockComment() {
    int depth = 0;
    do {
      if (sql.startsWith("/*", pos) && (depth == 0 || rules.nestedBlockComments())) {
        depth++;
        pos += 2;
      } else if (sql.startsWith("*/", pos)) {
        depth--;
        pos += 2;
      } else {
        pos++;
      }
    } while (depth > 0 && pos < sql.length());
  }

  private void skipQuoted(char close, boolean backslash) {
    pos++;
    while (pos < sql.length()) {
      char c = sql.charAt(pos++);
      if (backslash && c == '\\') {
        pos++;
      } else if (c == close) {
        if (pos < sql.length() && sql.charAt(pos) == close) {
          pos++;
        } else {
          return;
        }
      }
    }
  }

  /** A {@code $tag$ ... $tag$} body, skipped whole; false (nothing skipped) if none starts here. */
  private boolean skipDollarQuote() {
    if (rules.dollarQuotes() == SplitRules.DollarQuotes.NONE) {
      return false;
    }
    int end = pos + 1;
    while (end < sql.length() && (Character.isLetter(sql.charAt(end)) || sql.charAt(end) == '_'
        || end > pos + 1 && Character.isDigit(sql.charAt(end)))) {
      end++;
    }
    if (end >= sql.length() || sql.charAt(end) != '$') {
      return false;
    }
    String fence = sql.substring(pos, end + 1);
    int close = sql.indexOf(fence, end + 1);
    pos = close < 0 ? sql.length() : close + fence.length();
    return true;
  }
}
