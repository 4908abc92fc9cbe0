package io.github.dbmigrate.engine.session;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * PostgreSQL: the search path, the session user and the role. The server does not report them to the
 * driver, so all are always set back: three statements that, inside a transaction, go in the
 * migration's flight and cost no round trip of their own.
 */
public final class PostgresSessionState implements SessionState {

  @Override
  public Saved capture(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT current_setting('search_path'), current_user, session_user")) {
      rs.next();
      List<String> restore = List.of(sessionUser(rs.getString(3)), searchPath(rs.getString(1)),
          role(rs.getString(2), rs.getString(3)));
      return current -> restore;
    }
  }

  /** current_setting quotes each schema as SET takes it; an empty path reads as {@code ""}. */
  static String searchPath(String setting) {
    String path = setting == null || setting.isBlank() || setting.equals("\"\"") ? "''" : setting;
    return "SET search_path TO " + path;
  }

  /**
   * A script's {@code SET SESSION AUTHORIZATION} changes the user RESET ROLE goes back to. Setting
   * the session user the run started as is allowed to anyone when it is the user who logged in (and to
   * a superuser, who alone could change it), so it never fails where the run could start. First, as
   * it resets the role.
   */
  static String sessionUser(String sessionUser) {
    return "SET SESSION AUTHORIZATION \"" + sessionUser.replace("\"", "\"\"") + "\"";
  }

  /** RESET ROLE goes back to the session's own user; a role set at connect time is set again. */
  static String role(String currentUser, String sessionUser) {
    return currentUser.equals(sessionUser) ? "RESET ROLE"
        : "SET ROLE \"" + currentUser.replace("\"", "\"\"") + "\"";
  }
}
