package io.github.dbmigrate.engine.lint;

import io.github.dbmigrate.engine.lint.Token.Kind;
import io.github.dbmigrate.engine.sql.SplitRules;
import io.github.dbmigrate.engine.sql.SqlStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts one statement (as the splitter made it) into the {@link Token}s the rules read: comments
 * dropped, strings and quoted names whole, each token with its script line. It follows the quoting
 * of the statement's database ({@link SplitRules}) so that a keyword inside a string or a function
 * body never looks like DDL. It never throws: unterminated text runs to the end.
 */
final class Tokenizer {

  private final String sql;
  private final SplitRules rules;
  private final List<Token> tokens = new ArrayList<>();
  private int pos;
  private int line;

  private Tokenizer(SqlStatement statement, SplitRules rules) {
    this.sql = statement.sql();
    this.rules = rules;
    this.line = statement.line();
  }

  /** The tokens of {@code statement}, in order. */
  static List<Token> tokens(SqlStatement statement, SplitRules rules) {
    Tokenizer t = new Tokenizer(statement, rules);
    t.run();
    return t.tokens;
  }

  private void run() {
    int n = sql.length();
    while (pos < n) {
      char c = sql.charAt(pos);
      if (c == '\n') {
        line++;
        pos++;
      } else if (Character.isWhitespace(c)) {
        pos++;
      } else if (c == '-' && sql.startsWith("--", pos) && dashComment()) {
        skipLine();
      } else if (c == '#' && rules.hashComments()) {
        skipLine();
      } else if (c == '/' && sql.startsWith("/*", pos) && !executableComment()) {
        skipBlockComment();
      } else if (c == '/' && sql.startsWith("/*", pos)) {
        pos += sql.startsWith("/*M!", pos) ? 4 : 3; // MySQL/MariaDB executable comment: the SQL inside counts
        while (pos < n && Character.isDigit(sql.charAt(pos))) {
          pos++; // its minimum server version
        }
      } else if (c == '*' && sql.startsWith("*/", pos) && rules.executableComments()) {
        pos += 2;
      } else if (c == '\'') {
        quoted(Kind.STRING, '\'', rules.backslashEscapes());
      } else if (c == '"') {
        quoted(rules.doubleQuotedStrings() ? Kind.STRING : Kind.NAME, '"',
            rules.doubleQuotedStrings() && rules.backslashEscapes());
      } else if (c == '`' && rules.backtickIdentifiers()) {
        quoted(Kind.NAME, '`', false);
      } else if (c == '[' && rules.bracketIdentifiers()) {
        quoted(Kind.NAME, ']', false);
      } else if (c == '$' && rules.dollarQuotes() != SplitRules.DollarQuotes.NONE && dollarQuote()) {
        // taken whole by dollarQuote
      } else if (Character.isLetter(c) || c == '_') {
        word();
      } else if (Character.isDigit(c)) {
        int start = pos;
        while (pos < n && (Character.isLetterOrDigit(sql.charAt(pos)) || sql.charAt(pos) == '.')) {
          pos++;
        }
        add(Kind.NUMBER, sql.substring(start, pos));
      } else {
        add(Kind.PUNCT, String.valueOf(c));
        pos++;
      }
    }
  }

  private boolean dashComment() {
    if (!rules.dashCommentNeedsSpace()) {
      return true;
    }
    return pos + 2 >= sql.length() || Character.isWhitespace(sql.charAt(pos + 2))
        || Character.isISOControl(sql.charAt(pos + 2));
  }

  private boolean executableComment() {
    return rules.executableComments() && (sql.startsWith("/*!", pos) || sql.startsWith("/*M!", pos));
  }

  private void word() {
    int start = pos;
    int n = sql.length();
    while (pos < n && (Character.isLetterOrDigit(sql.charAt(pos)) || sql.charAt(pos) == '_'
        || sql.charAt(pos) == '$' || sql.charAt(pos) == '#')) {
      pos++;
    }
    String word = sql.substring(start, pos);
    if (pos < n && sql.charAt(pos) == '\'' && word.length() <= 2 && isStringPrefix(word)) {
      if (rules.qQuotes() && (word.equalsIgnoreCase("q") || word.equalsIgnoreCase("nq"))) {
        qQuote();
      } else {
        quoted(Kind.STRING, '\'', word.equalsIgnoreCase("e") || rules.backslashEscapes());
      }
      return;
    }
    add(Kind.WORD, word.toUpperCase(Locale.ROOT));
  }

  /** E'..' (PostgreSQL), N'..' (national), B'..', X'..', U&'..' are strings with a prefix. */
  private static boolean isStringPrefix(String word) {
    return switch (word.toUpperCase(Locale.ROOT)) {
      case "E", "N", "B", "X", "Q", "NQ", "U" -> true;
      default -> false;
    };
  }

  private void quoted(Kind kind, char close, boolean backslash) {
    int tokenLine = line;
    pos++; // the opening quote
    StringBuilder text = new StringBuilder();
    int n = sql.length();
    while (pos < n) {
      char c = sql.charAt(pos);
      if (c == '\n') {
        line++;
      }
      if (backslash && c == '\\' && pos + 1 < n) {
        text.append(c).append(sql.charAt(pos + 1));
        pos += 2;
        continue;
      }
      if (c == close) {
        if (pos + 1 < n && sql.charAt(pos + 1) == close) {
          text.append(c);
          pos += 2;
          continue;
        }
        pos++;
        break;
      }
      text.append(c);
      pos++;
    }
    tokens.add(new Token(kind, text.toString(), tokenLine));
  }

  /** Oracle's q'[...]': the delimiter after the quote closes with its pair and a quote. */
  private void qQuote() {
    int tokenLine = line;
    pos++; // the quote
    if (pos >= sql.length()) {
      return;
    }
    char open = sql.charAt(pos);
    char close = switch (open) {
      case '[' -> ']';
      case '{' -> '}';
      case '(' -> ')';
      case '<' -> '>';
      default -> open;
    };
    int end = sql.indexOf(close + "'", pos + 1);
    int stop = end < 0 ? sql.length() : end + 2;
    String body = sql.substring(pos + 1, end < 0 ? sql.length() : end);
    line += (int) body.chars().filter(ch -> ch == '\n').count();
    pos = stop;
    tokens.add(new Token(Kind.STRING, body, tokenLine));
  }

  /** A $tag$...$tag$ (or $$...$$) body as one string; false when this $ opens none. */
  private boolean dollarQuote() {
    int close = sql.indexOf('$', pos + 1);
    if (close < 0) {
      return false;
    }
    String tag = sql.substring(pos, close + 1);
    boolean tagged = rules.dollarQuotes() == SplitRules.DollarQuotes.TAGGED;
    if (tag.length() > 2 && (!tagged || !tag.substring(1, tag.length() - 1).chars()
        .allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_')
        || Character.isDigit(tag.charAt(1)))) {
      return false;
    }
    int end = sql.indexOf(tag, close + 1);
    String body = sql.substring(close + 1, end < 0 ? sql.length() : end);
    tokens.add(new Token(Kind.STRING, body, line));
    line += (int) body.chars().filter(ch -> ch == '\n').count();
    pos = end < 0 ? sql.length() : end + tag.length();
    return true;
  }

  private void skipLine() {
    int end = sql.indexOf('\n', pos);
    pos = end < 0 ? sql.length() : end;
  }

  private void skipBlockComment() {
    int depth = 0;
    int n = sql.length();
    while (pos < n) {
      if (sql.startsWith("/*", pos)) {
        depth = rules.nestedBlockComments() || depth == 0 ? depth + 1 : depth;
        pos += 2;
      } else if (sql.startsWith("*/", pos)) {
        pos += 2;
        if (--depth == 0) {
          return;
        }
      } else {
        if (sql.charAt(pos) == '\n') {
          line++;
        }
        pos++;
      }
    }
  }

  private void add(Kind kind, String text) {
    tokens.add(new Token(kind, text, line));
  }
}
