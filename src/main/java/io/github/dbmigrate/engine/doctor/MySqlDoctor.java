package io.github.dbmigrate.engine.doctor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * MySQL and MariaDB: the current account's global and database grants, from {@code
 * information_schema} (which lists this account's own). Grants that come through a role are not
 * listed there, so with a role active a missing grant cannot be told.
 */
final class MySqlDoctor implements DoctorSql {

  private static final String GRANTS = "SELECT PRIVILEGE_TYPE FROM information_schema.USER_PRIVILEGES"
      + " WHERE GRANTEE = ? AND PRIVILEGE_TYPE = 'CREATE'"
      + " UNION SELECT PRIVILEGE_TYPE FROM information_schema.SCHEMA_PRIVILEGES"
      + " WHERE GRANTEE = ? AND PRIVILEGE_TYPE = 'CREATE' AND ? LIKE TABLE_SCHEMA";

  @Override
  public Answer mayCreateTables(Connection connection, String schema) throws SQLException {
    String grantee = grantee(connection);
    try (PreparedStatement st = connection.prepareStatement(GRANTS)) {
      st.setString(1, grantee);
      st.setString(2, grantee);
      st.setString(3, schema);
      try (ResultSet rs = st.executeQuery()) {
        if (rs.next()) {
          return Answer.yes("information_schema grants");
        }
      }
    }
    String fix = "GRANT CREATE, ALTER, INDEX, DROP, REFERENCES ON `" + schema.replace("`", "``") + "`.* TO "
        + grantee + " (and whatever else the migrations do)";
    String role = activeRole(connection);
    return role == null ? Answer.no("information_schema grants", fix)
        : Answer.unknown("no CREATE granted to " + grantee + " itself; role " + role + " may grant it,"
            + " which information_schema does not show", fix);
  }

  /** {@code 'user'@'host'}, as {@code information_schema} and {@code GRANT} write the account. */
  @Override
  public String grantee(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT CURRENT_USER()")) {
      rs.next();
      String account = rs.getString(1);
      int at = account.lastIndexOf('@');
      return at < 0 ? "'" + account + "'"
          : "'" + account.substring(0, at) + "'@'" + account.substring(at + 1) + "'";
    }
  }

  /** The session's active role; null without one, or on MySQL 5.7, which has no roles. */
  private static String activeRole(Connection connection) {
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT CURRENT_ROLE()")) {
      String role = rs.next() ? rs.getString(1) : null;
      return role == null || role.isBlank() || role.equalsIgnoreCase("NONE") ? null : role;
    } catch (SQLException e) {
      return null;
    }
  }
}
