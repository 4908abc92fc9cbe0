package io.github.dbmigrate.engine.sql;

/**
 * The text of the statement being read. Whitespace and comments count only once the statement has
 * content, so comments in front of a statement are dropped and its line is the line of its first
 * real character.
 */
final class PendingStatement {

  /** A builder grown past this by a huge statement is replaced rather than kept for the next. */
  private static final int KEEP_CAPACITY = 1 << 16;

  private StringBuilder text = new StringBuilder(256);
  private int line;

  boolean isEmpty() {
    return text.length() == 0;
  }

  /** The 1-based line of the first content character. */
  int line() {
    return line;
  }

  /** A character of SQL (not whitespace, not comment) that was read on {@code line}. */
  void appendContent(char c, int line) {
    if (text.length() == 0) {
      this.line = line;
    }
    text.append(c);
  }

  /** Like {@link #appendContent(char, int)} for several characters. */
  void appendContent(CharSequence chars, int line) {
    if (text.length() == 0) {
      this.line = line;
    }
    text.append(chars);
  }

  /** Whitespace or a comment character: kept only inside a statement. */
  void appendTrivia(char c) {
    if (text.length() > 0) {
      text.append(c);
    }
  }

  /** The statement text without trailing whitespace. */
  String sql() {
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }

  /** Empties the buffer for the next statement. */
  void clear() {
    if (text.capacity() > KEEP_CAPACITY) {
      text = new StringBuilder(256);
    } else {
      text.setLength(0);
    }
  }
}
