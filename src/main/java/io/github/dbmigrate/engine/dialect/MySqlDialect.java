package io.github.dbmigrate.engine.dialect;

import io.github.dbmigrate.engine.lock.*;
import java.util.Optional;
import io.github.dbmigrate.engine.sql.SplitRules;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * MySQL and MariaDB, through the MariaDB driver the plugin carries. DDL commits implicitly. The lock
 * is a named user lock ({@code GET_LOCK}), which the server drops with the connection. Statements are
 * sent one at a time (multi-queries stay off), so a {@code DELIMITER}-written procedure reaches the
 * server as one statement.
 */
public final class MySqlDialect implements Dialect {

  /** {@code jdbc:mariadb://host:port/name?options} (or mysql): the part before the name, the name, the rest. */
  private static final Pattern URL_DATABASE = Pattern.compile("(jdbc:(?:mariadb|mysql)://[^/?]*/)([^?]*)(\\?.*)?");

  private static final Pattern CONNECTION_PREFIX = Pattern.compile("^\\(conn=\\d+\\)\\s*");

  /** Through a connection to the server with no database; IF NOT EXISTS makes a concurrent run harmless. */
  @Override
  public Optional<DatabaseCreation> databaseCreation(String jdbcUrl) {
    return DatabaseCreation.renaming(URL_DATABASE, jdbcUrl, "", name -> "CREATE DATABASE IF NOT EXISTS " + quote(name));
  }

  /** Error 1049, ER_BAD_DB_ERROR ("Unknown database"); its SQLSTATE 42000 says only "syntax or access". */
  @Override
  public boolean databaseMissing(SQLException e) {
    return e.getErrorCode() == 1049;
  }

  @Override
  public String name() {
    return "MySQL/MariaDB";
  }

  @Override
  public List<String> urlPrefixes() {
    return List.of("jdbc:mariadb:", "jdbc:mysql:");
  }

  /** The MariaDB driver takes {@code jdbc:mysql:} URLs only when they say {@code permitMysqlScheme}. */
  @Override
  public String driverUrl(String jdbcUrl) {
    if (!jdbcUrl.startsWith("jdbc:mysql:") || jdbcUrl.contains("permitMysqlScheme")) {
      return jdbcUrl;
    }
    return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "permitMysqlScheme";
  }

  @Override
  public SplitRules splitRules() {
    return SplitRules.mysql();
  }

  @Override
  public boolean transactionalDdl() {
    return false;
  }

  @Override
  public String quote(String identifier) {
    return '`' + identifier.replace("`", "``") + '`';
  }

  /** TIMESTAMP rather than DATETIME: it is stored as UTC and read back in the session's zone. */
  @Override
  public String createHistoryTable(String table) {
    return "CREATE TABLE IF NOT EXISTS " + table + " ("
        + HistoryColumns.ddl("varchar", "timestamp NULL DEFAULT CURRENT_TIMESTAMP", "bigint") + ")";
  }

  /**
   * A TIMESTAMP reads as a local time in the session's zone, which the driver then takes for the
   * JVM's: hours off when the two differ. UNIX_TIMESTAMP of a TIMESTAMP column is its stored UTC value.
   */
  @Override
  public String epochSecondsOf(String column) {
    return "UNIX_TIMESTAMP(" + column + ")";
  }

  /**
   * Asks information_schema, because the MariaDB driver logs every failed statement as a warning,
   * which the engine's probe of a table not created yet would put in the build log.
   */
  @Override
  public boolean tableMissing(Connection connection, TableName table) throws SQLException {
    String sql = "SELECT 1 FROM information_schema.TABLES"
        + " WHERE TABLE_SCHEMA = COALESCE(?, DATABASE()) AND TABLE_NAME = ?";
    try (PreparedStatement st = connection.prepareStatement(sql)) {
      st.setString(1, table.schema());
      st.setString(2, table.table());
      try (ResultSet rs = st.executeQuery()) {
        return !rs.next();
      }
    }
  }

  @Override
  public void addConnectionDefaults(Properties properties) {
    // Milliseconds in both MariaDB's and MySQL's driver; no socket timeout, migrations may run long.
    properties.putIfAbsent("connectTimeout", "10000");
    // One statement per call: a script's text never reaches the server as several statements.
    properties.putIfAbsent("allowMultiQueries", "false");
  }

  @Override
  public Optional<LockStrategy> lock() {
    return Optional.of(new MySqlNamedLock());
  }

  /** The MariaDB driver starts every message with {@code (conn=N)}, which says nothing to a user. */
  @Override
  public String errorMessage(SQLException e) {
    return CONNECTION_PREFIX.matcher(Dialect.super.errorMessage(e)).replaceFirst("");
  }
}
