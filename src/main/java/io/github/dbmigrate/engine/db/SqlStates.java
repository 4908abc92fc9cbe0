package io.github.dbmigrate.engine.db;

import java.sql.SQLException;
import java.util.regex.Pattern;

/** The SQLSTATE in a failure message: once, whether or not the driver's text already holds it. */
public final class SqlStates {

  private SqlStates() {}

  /**
   * {@code message} followed by {@code " (SQLSTATE xxxxx)"}, unless the driver gave no state or
   * {@code message} (which quotes the driver's text) already shows it.
   */
  public static String append(String message, SQLException e) {
    String state = e == null ? null : e.getSQLState();
    if (state == null || state.isBlank() || shows(message, state)) {
      return message;
    }
    return message + " (SQLSTATE " + state + ")";
  }

  /** Whether {@code message} holds {@code state} as a word of its own (not inside a longer number). */
  static boolean shows(String message, String state) {
    return message != null
        && Pattern.compile("(?<![0-9A-Za-z])" + Pattern.quote(state) + "(?![0-9A-Za-z])").matcher(message).find();
  }
}
