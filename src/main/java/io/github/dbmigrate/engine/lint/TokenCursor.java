package io.github.dbmigrate.engine.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a statement's tokens from left to right, as the rules' small recursive-descent readers
 * need: look ahead, accept keyword sequences, take (qualified) names, skip parenthesized groups,
 * and cut a list at its top-level commas. Running past the end is never an error: {@link #peek}
 * returns {@link #END}.
 */
public final class TokenCursor {

  /** What {@link #peek} returns past the last token. */
  public static final Token END = new Token(Token.Kind.PUNCT, "", 0);

  private final List<Token> tokens;
  private int pos;

  public TokenCursor(List<Token> tokens) {
    this.tokens = tokens;
  }

  /** Whether every token has been read. */
  public boolean atEnd() {
    return pos >= tokens.size();
  }

  /** The next token, not consumed. */
  public Token peek() {
    return peek(0);
  }

  /** The token {@code ahead} places after the next one, not consumed. */
  public Token peek(int ahead) {
    int i = pos + ahead;
    return i < tokens.size() ? tokens.get(i) : END;
  }

  /** The next token, consumed. */
  public Token next() {
    Token t = peek();
    if (pos < tokens.size()) {
      pos++;
    }
    return t;
  }

  /** The line of the next token (or of the last one, at the end). */
  public int line() {
    return atEnd() ? (tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).line()) : peek().line();
  }

  /** Consumes the keywords {@code words} when they come next, in order; otherwise consumes nothing. */
  public boolean accept(String... words) {
    for (int i = 0; i < words.length; i++) {
      if (!peek(i).is(words[i])) {
        return false;
      }
    }
    pos += words.length;
    return true;
  }

  /** Whether the keywords {@code words} come next, consuming nothing. */
  public boolean at(String... words) {
    for (int i = 0; i < words.length; i++) {
      if (!peek(i).is(words[i])) {
        return false;
      }
    }
    return true;
  }

  /** Consumes the punctuation {@code c} when it comes next. */
  public boolean acceptPunct(char c) {
    if (peek().isPunct(c)) {
      pos++;
      return true;
    }
    return false;
  }

  /**
   * A possibly qualified name ({@code a}, {@code s.a}, {@code db.s.a}): its parts, the object's own
   * name last; empty when no name comes next.
   */
  public List<Token> qualifiedName() {
    List<Token> parts = new ArrayList<>();
    if (!peek().isName()) {
      return parts;
    }
    parts.add(next());
    while (peek().isPunct('.') && peek(1).isName()) {
      pos++;
      parts.add(next());
    }
    return parts;
  }

  /** The object's own name of {@link #qualifiedName()}, as a name key; null when none comes next. */
  public String objectName() {
    List<Token> parts = qualifiedName();
    return parts.isEmpty() ? null : parts.get(parts.size() - 1).nameKey();
  }

  /** Skips a parenthesized group when one comes next (nested groups included). */
  public void skipParens() {
    if (!peek().isPunct('(')) {
      return;
    }
    int depth = 0;
    while (!atEnd()) {
      Token t = next();
      if (t.isPunct('(')) {
        depth++;
      } else if (t.isPunct(')') && --depth == 0) {
        return;
      }
    }
  }

  /**
   * The tokens of a parenthesized group that comes next, without its outer parentheses, consumed;
   * empty when no group comes next.
   */
  public List<Token> parenthesized() {
    if (!peek().isPunct('(')) {
      return List.of();
    }
    int start = pos + 1;
    skipParens();
    int end = Math.max(start, tokens.get(pos - 1).isPunct(')') ? pos - 1 : pos);
    return tokens.subList(start, end);
  }

  /**
   * The rest of the statement cut at its top-level commas (and {@code ;}), each part a list of
   * tokens; consumes everything.
   */
  public List<List<Token>> restSplitAtCommas() {
    List<List<Token>> parts = new ArrayList<>();
    int depth = 0;
    int start = pos;
    for (; pos < tokens.size(); pos++) {
      Token t = tokens.get(pos);
      if (t.isPunct('(')) {
        depth++;
      } else if (t.isPunct(')')) {
        depth--;
      } else if (depth == 0 && (t.isPunct(',') || t.isPunct(';'))) {
        if (pos > start) {
          parts.add(tokens.subList(start, pos));
        }
        start = pos + 1;
      }
    }
    if (pos > start) {
      parts.add(tokens.subList(start, pos));
    }
    return parts;
  }

  /** Whether the keyword {@code word} appears among the remaining tokens at parenthesis depth 0. */
  public boolean restHas(String word) {
    int depth = 0;
    for (int i = pos; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.isPunct('(')) {
        depth++;
      } else if (t.isPunct(')')) {
        depth--;
      } else if (depth == 0 && t.is(word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the keyword {@code word} appears anywhere among the remaining tokens. */
  public boolean restHasAnywhere(String word) {
    for (int i = pos; i < tokens.size(); i++) {
      if (tokens.get(i).is(word)) {
        return true;
      }
    }
    return false;
  }

  /** The remaining tokens, consumed. */
  public List<Token> rest() {
    List<Token> rest = tokens.subList(pos, tokens.size());
    pos = tokens.size();
    return rest;
  }
}
