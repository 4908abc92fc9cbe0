package io.github.dbmigrate.engine.sql;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * A character reader with a little lookahead that knows which line it is on.
 *
 * <p>Only a window of the script is buffered, so a 50 MB script never sits in memory here. Line
 * breaks are {@code \n}, {@code \r\n} or a lone {@code \r}.
 */
final class ScriptCursor {

  static final int EOF = -1;
  private static final int CHUNK = 1024;

  private final Reader in;
  private char[] buf = new char[CHUNK];
  private int pos;
  private int limit;
  private boolean exhausted;
  private int line = 1;
  private boolean atLineStart = true;

  ScriptCursor(Reader in) {
    this.in = in;
  }

  /** The 1-based line of the next character. */
  int line() {
    return line;
  }

  /** Whether nothing of the current line has been read yet. */
  boolean atLineStart() {
    return atLineStart;
  }

  /** The next character without consuming it, or {@link #EOF}. */
  int peek() throws IOException {
    return peek(0);
  }

  /** The character {@code ahead} positions after the next one, or {@link #EOF}. */
  int peek(int ahead) throws IOException {
    if (pos + ahead >= limit && !exhausted) {
      fill(ahead + 1);
    }
    return pos + ahead < limit ? buf[pos + ahead] : EOF;
  }

  /** Consumes and returns the next character, or returns {@link #EOF}. */
  int read() throws IOException {
    int c = peek(0);
    if (c == EOF) {
      return EOF;
    }
    pos++;
    if (c == '\n') {
      line++;
      atLineStart = true;
    } else if (c == '\r' && peek(0) != '\n') {
      line++;
      atLineStart = true;
    } else {
      atLineStart = false;
    }
    return c;
  }

  /** Whether the input continues with {@code text}, compared exactly. */
  boolean startsWith(String text) throws IOException {
    for (int i = 0; i < text.length(); i++) {
      if (peek(i) != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code c} ends a line (the line terminator's first character) or the input. */
  static boolean isLineEnd(int c) {
    return c == '\n' || c == '\r' || c == EOF;
  }

  /**
   * The rest of the current line without its terminator, cut at {@code max} characters so that a
   * huge line is never copied; a result of length {@code max} may therefore be partial.
   */
  String peekLine(int max) throws IOException {
    int length = 0;
    while (length < max && !isLineEnd(peek(length))) {
      length++;
    }
    return new String(buf, pos, length);
  }

  /** Consumes the rest of the current line including its terminator. */
  void skipLine() throws IOException {
    int c;
    do {
      c = read();
    } while (c != EOF && !atLineStart);
  }

  private void fill(int needed) throws IOException {
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      limit -= pos;
      pos = 0;
    }
    if (needed > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(needed, buf.length * 2));
    }
    while (limit < needed) {
      int n = in.read(buf, limit, buf.length - limit);
      if (n < 0) {
        exhausted = true;
        return;
      }
      limit += n;
    }
  }
}
