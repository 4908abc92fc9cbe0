package io.github.dbmigrate.engine.session;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * PostgreSQL: the search path and the role. The server does not report either to the driver, so both
 * are always set back: two statements that, inside a transaction, go in the migration's first flight
 * and cost no round trip of their own.
 */
public final class PostgresSessionState implements SessionState {

  @Override
  public Saved capture(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT current_setting('search_path'), current_user, session_user")) {
      rs.next();
      List<String> restore = List.of(searchPath(rs.getString(1)), role(rs.getString(2), rs.getString(3)));
      return current -> restore;
    }
  }

  /** current_setting quotes each schema as SET takes it; an empty path reads as {@code ""}. */
  static String searchPath(String setting) {
    String path = setting == null || setting.isBlank() || setting.equals("\"\"") ? "''" : setting;
    return "SET search_path TO " + path;
  }

  /** RESET ROLE goes back to the session's own user; a role set at connect time is set again. */
  static String role(String currentUser, String sessionUser) {
    return currentUser.equals(sessionUser) ? "RESET ROLE"
        : "SET ROLE \"" + currentUser.replace("\"", "\"\"") + "\"";
  }
}
