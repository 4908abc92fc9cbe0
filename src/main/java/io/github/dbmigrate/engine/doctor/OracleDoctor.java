package io.github.dbmigrate.engine.doctor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Oracle: system privileges in effect for the session ({@code SESSION_PRIVS}, roles included), and
 * whether {@code DBMS_LOCK} may be executed (else runs use the row-lock fallback).
 */
final class OracleDoctor implements DoctorSql {

  @Override
  public Answer mayCreateTables(Connection connection, String schema) throws SQLException {
    String user = grantee(connection);
    boolean own = schema == null || schema.equalsIgnoreCase(user);
    try (PreparedStatement st = connection.prepareStatement(
        "SELECT COUNT(*) FROM session_privs WHERE privilege = ? OR privilege = 'CREATE ANY TABLE'")) {
      st.setString(1, own ? "CREATE TABLE" : "CREATE ANY TABLE");
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        if (rs.getInt(1) > 0) {
          return Answer.yes("SESSION_PRIVS");
        }
      }
    }
    return Answer.no("SESSION_PRIVS", (own ? "GRANT CREATE TABLE TO " : "GRANT CREATE ANY TABLE TO ") + user
        + " (and a quota on its tablespace)");
  }

  @Override
  public String grantee(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT USER FROM dual")) {
      rs.next();
      return rs.getString(1);
    }
  }

  /** A package the user may execute is listed in {@code ALL_OBJECTS}; else it is invisible. */
  @Override
  public Optional<Answer> lockNeeds(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM"
        + " all_objects WHERE owner = 'SYS' AND object_name = 'DBMS_LOCK' AND object_type = 'PACKAGE'")) {
      rs.next();
      return Optional.of(rs.getInt(1) > 0 ? Answer.yes("EXECUTE on SYS.DBMS_LOCK")
          : Answer.no("no EXECUTE on SYS.DBMS_LOCK", "GRANT EXECUTE ON SYS.DBMS_LOCK TO " + grantee(connection)
              + " for the named lock (as SYS)"));
    }
  }
}
