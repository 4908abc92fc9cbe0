package io.github.dbmigrate.engine.dialect;

import io.github.dbmigrate.engine.lock.*;
import java.util.Optional;
import io.github.dbmigrate.engine.sql.SplitRules;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQLite: transactional DDL, and no migration lock. Its only lock is the database file's write lock,
 * which a second connection cannot hold while this run migrates on its own connection, so {@code up}
 * and {@code down} run only when the user opts out of locking.
 */
public final class SqliteDialect implements Dialect {

  /** sqlite-jdbc's "[SQLITE_ERROR] SQL error or missing database (no such table: x)". */
  private static final Pattern DRIVER_MESSAGE =
      Pattern.compile("(?s)\\[(SQLITE_\\w+)\\][^(]*\\((.*)\\)\\s*");

  /** The driver creates a missing database file when it connects. */
  @Override
  public boolean createsDatabaseOnConnect() {
    return true;
  }

  @Override
  public String name() {
    return "SQLite";
  }

  @Override
  public List<String> urlPrefixes() {
    return List.of("jdbc:sqlite:");
  }

  @Override
  public SplitRules splitRules() {
    return SplitRules.sqlite();
  }

  @Override
  public boolean transactionalDdl() {
    return true;
  }

  /** CURRENT_TIMESTAMP is UTC text ("2024-01-01 12:00:00"); {@link #readTimestamp} reads it so. */
  @Override
  public String createHistoryTable(String table) {
    return "CREATE TABLE IF NOT EXISTS " + table + " ("
        + HistoryColumns.ddl("varchar", "timestamp DEFAULT CURRENT_TIMESTAMP", "bigint") + ")";
  }

  @Override
  public void addConnectionDefaults(Properties properties) {
    // Milliseconds to wait while another process writes, instead of failing with SQLITE_BUSY at once.
    properties.putIfAbsent("busy_timeout", "10000");
  }

  @Override
  public Optional<String> whyNoLock() {
    return Optional.of("SQLite has no lock that a separate connection can hold while this run"
        + " migrates on its own (its only lock is the database file's write lock), so concurrent runs"
        + " cannot be kept apart.");
  }

  @Override
  public Optional<LockStrategy> lock() {
    return Optional.empty();
  }

  /**
   * SQLite keeps CURRENT_TIMESTAMP as UTC text, which the driver would read in the JVM's zone;
   * numbers are read as the driver's epoch milliseconds.
   */
  @Override
  public Instant readTimestamp(ResultSet rs, int column) throws SQLException {
    String text = rs.getString(column);
    if (text == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(text.trim().replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException notUtcText) {
      return Dialect.super.readTimestamp(rs, column);
    }
  }

  /** Keeps SQLite's own words and result code, without the driver's generic description. */
  @Override
  public String errorMessage(SQLException e) {
    String message = Dialect.super.errorMessage(e);
    Matcher m = DRIVER_MESSAGE.matcher(message);
    return m.matches() ? m.group(2).trim() + " (" + m.group(1) + ")" : message;
  }
}
