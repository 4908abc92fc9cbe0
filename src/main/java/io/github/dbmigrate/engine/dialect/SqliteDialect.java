package io.github.dbmigrate.engine.dialect;

import io.github.dbmigrate.engine.lint.DatabaseLint;
import io.github.dbmigrate.engine.lint.SqliteLint;
import io.github.dbmigrate.engine.session.SessionState;
import io.github.dbmigrate.engine.session.SqliteVariables;
import io.github.dbmigrate.engine.sql.SplitRules;
import io.github.dbmigrate.engine.sql.TransactionControl;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQLite: transactional DDL, and no migration lock. Its only lock is the database file's write lock,
 * which a second connection cannot hold while this run migrates on its own connection, so {@code up}
 * and {@code down} run only when the user opts out of locking. The driver creates a missing database
 * file when it connects.
 */
final class SqliteDialect {

  private SqliteDialect() {}

  static Dialect create() {
    return Dialect.builder("sqlite", "SQLite")
        .urls("jdbc:sqlite:")
        .syntax(ScriptSyntax.semicolons(SplitRules.sqlite(), TransactionControl.SQLITE))
        .execution(new PlainExecution(true))
        // Milliseconds to wait while another process writes, instead of failing with SQLITE_BUSY at once.
        .session(new ConnectionDefaults(SessionState.NONE, new SqliteVariables(), "busy_timeout", "10000"))
        .history(new History())
        .errors(new Errors())
        .noLock("SQLite has no lock that a separate connection can hold while this run"
            + " migrates on its own (its only lock is the database file's write lock), so concurrent runs"
            + " cannot be kept apart.")
        .provisioning(Provisioning.ON_CONNECT)
        .capability(DatabaseLint.class, new SqliteLint())
        .build();
  }

  /** CURRENT_TIMESTAMP is UTC text ("2024-01-01 12:00:00"); {@link #readTimestamp} reads it so. */
  static final class History extends StandardHistorySql {

    History() {
      super("CREATE TABLE IF NOT EXISTS",
          HistoryColumns.ddl("varchar", "timestamp DEFAULT CURRENT_TIMESTAMP", "bigint"));
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
        return super.readTimestamp(rs, column);
      }
    }
  }

  /** SQLite's own words and result code, without the driver's generic description. */
  static final class Errors extends StandardErrors {

    /** sqlite-jdbc's "[SQLITE_ERROR] SQL error or missing database (no such table: x)". */
    private static final Pattern DRIVER_MESSAGE =
        Pattern.compile("(?s)\\[(SQLITE_\\w+)\\][^(]*\\((.*)\\)\\s*");

    /** SQLite says so in words only: "no such table". */
    @Override
    public boolean isUndefinedTable(SQLException e) {
      return e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("no such table");
    }

    @Override
    public String errorMessage(SQLException e) {
      String message = plainMessage(e);
      Matcher m = DRIVER_MESSAGE.matcher(message);
      return m.matches() ? m.group(2).trim() + " (" + m.group(1) + ")" : message;
    }
  }
}
