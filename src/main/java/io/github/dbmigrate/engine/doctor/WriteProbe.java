package io.github.dbmigrate.engine.doctor;

import io.github.dbmigrate.engine.dialect.ErrorClassifier;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether the user may read and write an existing history table, found by trying what a run does
 * with statements that match no row, each in a transaction rolled back: the database checks the
 * privilege whatever the catalog says (roles, PUBLIC, ownership), and nothing changes.
 */
final class WriteProbe {

  private WriteProbe() {}

  /** The privileges refused, each with the database's words; empty when all three are allowed. */
  static Map<String, String> refused(Connection connection, String table, ErrorClassifier errors)
      throws SQLException {
    Map<String, String> probes = new LinkedHashMap<>();
    probes.put("SELECT", "SELECT version FROM " + table + " WHERE 1 = 0");
    probes.put("INSERT", "INSERT INTO " + table + " (version) SELECT version FROM " + table + " WHERE 1 = 0");
    probes.put("DELETE", "DELETE FROM " + table + " WHERE 1 = 0");
    Map<String, String> refused = new LinkedHashMap<>();
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      for (Map.Entry<String, String> probe : probes.entrySet()) {
        try (Statement st = connection.createStatement()) {
          st.execute(probe.getValue());
        } catch (SQLException e) {
          refused.put(probe.getKey(), errors.errorMessage(e));
        } finally {
          connection.rollback();
        }
      }
    } finally {
      connection.setAutoCommit(autoCommit);
    }
    return refused;
  }
}
