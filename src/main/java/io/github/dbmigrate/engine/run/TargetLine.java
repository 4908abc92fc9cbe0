package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.dialect.TableName;
import io.github.dbmigrate.engine.event.TargetIdentified;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/**
 * Which database a goal connected to, as the connection itself reports it: a run on the wrong database
 * must show in the first lines of its log, not after the damage.
 */
final class TargetLine {

  private TargetLine() {}

  /** The event naming the database of {@code connection} and the run's history {@code table}. */
  static TargetIdentified of(EngineConfig config, Connection connection, TableName table) {
    String product = "unknown database";
    String version = "";
    String user = null;
    String schema = table.schema();
    try {
      DatabaseMetaData meta = connection.getMetaData();
      product = meta.getDatabaseProductName();
      version = meta.getDatabaseProductVersion();
      user = meta.getUserName();
      if (schema == null) {
        schema = connection.getSchema();
      }
    } catch (SQLException | RuntimeException e) {
      // a driver that cannot say is no reason to stop the run: the line says what it knows
    }
    return new TargetIdentified(config.target().name(), config.target().database().safeUrl(), product,
        version, user, schema, table.toString());
  }
}
