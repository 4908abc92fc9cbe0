package io.github.dbmigrate.engine.doctor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** H2: an admin, or the schema's owner, may create tables in it; nobody else may. */
final class H2Doctor implements DoctorSql {

  @Override
  public Answer mayCreateTables(Connection connection, String schema) throws SQLException {
    try (PreparedStatement st = connection.prepareStatement("SELECT u.IS_ADMIN, s.SCHEMA_OWNER = CURRENT_USER"
        + " FROM INFORMATION_SCHEMA.USERS u LEFT JOIN INFORMATION_SCHEMA.SCHEMATA s ON s.SCHEMA_NAME = ?"
        + " WHERE u.USER_NAME = CURRENT_USER")) {
      st.setString(1, schema);
      try (ResultSet rs = st.executeQuery()) {
        if (rs.next() && (rs.getBoolean(1) || rs.getBoolean(2))) {
          return Answer.yes(rs.getBoolean(1) ? "an admin" : "the schema's owner");
        }
      }
    }
    return Answer.no("INFORMATION_SCHEMA.USERS and SCHEMATA", "as an admin: GRANT ALTER ANY SCHEMA TO "
        + grantee(connection) + ", or make the user the owner of schema " + schema);
  }

  @Override
  public String grantee(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT CURRENT_USER")) {
      rs.next();
      return rs.getString(1);
    }
  }
}
