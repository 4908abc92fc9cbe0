package io.github.dbmigrate.engine.sql;

import java.util.Locale;

/**
 * One statement of a migration script, as the database's own client would send it.
 *
 * @param sql the text to execute (no trailing delimiter, except where the database needs it, as in
 *     PL/SQL's {@code END;})
 * @param line the 1-based line of the script on which the statement starts, for error messages
 * @param copyData for PostgreSQL's {@code COPY ... FROM STDIN}: the data lines that follow the
 *     statement up to the {@code \.} terminator; {@code null} for every other statement
 */
public record SqlStatement(String sql, int line, String copyData) {

  public SqlStatement(String sql, int line) {
    this(sql, line, null);
  }

  /**
   * The statement's first word, upper-cased, after any comments; empty when it starts with
   * something else (a parenthesis, a quoted name).
   */
  public String firstWord() {
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (sql.startsWith("--", i)) {
        int end = sql.indexOf('\n', i);
        i = end < 0 ? n : end + 1;
      } else if (sql.startsWith("/*", i)) {
        i = afterBlockComment(i);
      } else {
        break;
      }
    }
    int start = i;
    while (i < n && (Character.isLetter(sql.charAt(i)) || sql.charAt(i) == '_')) {
      i++;
    }
    return sql.substring(start, i).toUpperCase(Locale.ROOT);
  }

  /** The index after the block comment opening at {@code start}; nested comments count (PostgreSQL). */
  private int afterBlockComment(int start) {
    int depth = 0;
    int i = start;
    while (i < sql.length()) {
      if (sql.startsWith("/*", i)) {
        depth++;
        i += 2;
      } else if (sql.startsWith("*/", i)) {
        i += 2;
        if (--depth == 0) {
          return i;
        }
      } else {
        i++;
      }
    }
    return i;
  }
}
