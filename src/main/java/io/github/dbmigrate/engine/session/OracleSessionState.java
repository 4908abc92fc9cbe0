package io.github.dbmigrate.engine.session;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Oracle: the current schema, which {@code ALTER SESSION SET CURRENT_SCHEMA} changes. */
public final class OracleSessionState implements SessionState {

  @Override
  public Saved capture(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT SYS_CONTEXT('USERENV', 'CURRENT_SCHEMA') FROM DUAL")) {
      rs.next();
      List<String> restore = List.of("ALTER SESSION SET CURRENT_SCHEMA = \""
          + rs.getString(1).replace("\"", "\"\"") + "\"");
      return current -> restore;
    }
  }
}
