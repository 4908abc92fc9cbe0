package io.github.dbmigrate.engine.doctor;

import io.github.dbmigrate.engine.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** SQL Server: CREATE TABLE in the database, and ALTER on the schema the table goes into. */
final class SqlServerDoctor implements DoctorSql {

  private final Dialect dialect;

  SqlServerDoctor(Dialect dialect) {
    this.dialect = dialect;
  }

  @Override
  public Answer mayCreateTables(Connection connection, String schema) throws SQLException {
    try (PreparedStatement st = connection.prepareStatement("SELECT HAS_PERMS_BY_NAME(DB_NAME(), 'DATABASE',"
        + " 'CREATE TABLE'), HAS_PERMS_BY_NAME(?, 'SCHEMA', 'ALTER')")) {
      st.setString(1, schema);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        boolean create = rs.getInt(1) == 1;
        boolean alter = rs.getInt(2) == 1;
        if (create && alter) {
          return Answer.yes("HAS_PERMS_BY_NAME");
        }
        String user = grantee(connection);
        String fix = (create ? "" : "GRANT CREATE TABLE TO " + user + (alter ? "" : "; "))
            + (alter ? "" : "GRANT ALTER ON SCHEMA::" + dialect.history().quote(schema) + " TO " + user);
        return Answer.no("HAS_PERMS_BY_NAME", fix);
      }
    }
  }

  @Override
  public String grantee(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT USER_NAME()")) {
      rs.next();
      return "[" + rs.getString(1).replace("]", "]]") + "]";
    }
  }
}
