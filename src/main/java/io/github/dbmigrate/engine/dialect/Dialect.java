package io.github.dbmigrate.engine.dialect;

import io.github.dbmigrate.engine.lock.LockStrategy;
import io.github.dbmigrate.engine.sql.SplitRules;
import io.github.dbmigrate.engine.sql.SqlStatement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Everything that differs between databases: the history table's DDL, identifier quoting, the lock,
 * whether DDL is transactional, and how scripts are split. Adding a database means adding one
 * implementation and registering it in {@link Dialects}.
 */
public interface Dialect {

  /** The database's name as users know it, for messages. */
  String name();

  /** The JDBC URL prefixes this dialect serves, such as {@code jdbc:postgresql:}. */
  List<String> urlPrefixes();

  /** Whether this dialect serves a JDBC URL. */
  default boolean supports(String jdbcUrl) {
    return urlPrefixes().stream().anyMatch(jdbcUrl::startsWith);
  }

  /** The URL handed to the driver, for drivers that need an option to accept the user's URL. */
  default String driverUrl(String jdbcUrl) {
    return jdbcUrl;
  }

  /** How this database's own client splits a script into statements. */
  SplitRules splitRules();

  /** Whether a failed transaction also undoes the DDL it ran (false where DDL commits implicitly). */
  boolean transactionalDdl();

  /**
   * Quotes an identifier that is not a plain SQL word, escaping the quote character itself; the SQL
   * standard's double quotes unless the database uses others.
   */
  default String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /** The {@code CREATE TABLE} for a new history table; extra columns are nullable or defaulted. */
  String createHistoryTable(String qualifiedTable);

  /**
   * Whether the table surely does not exist, asked without a failing statement; false lets the
   * engine probe the table by reading it. For databases whose driver logs every failed statement.
   */
  default boolean tableMissing(Connection connection, TableName table) throws SQLException {
    return false;
  }

  /**
   * Whether a failure means "no such table (or schema)", as opposed to a denied permission or a lost
   * connection, which must not be mistaken for an empty history.
   */
  default boolean isUndefinedTable(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(java.util.Locale.ROOT);
    return java.util.Set.of("42P01", "3F000", "42S02", "42S04", "S0002", "42102", "90079").contains(state)
        || java.util.Set.of(942, 208, 1146, 42102, 42104, 90079).contains(e.getErrorCode())
        || message.contains("no such table");
  }

  /** Connection properties this database needs for bounded waits and a recognisable session. */
  default void addConnectionDefaults(Properties properties) {}

  /** Settings a new session needs before it runs anything; called once per connection. */
  default void initSession(Connection connection) throws SQLException {}

  /**
   * Why this database has no migration lock, or empty when it has one. Where present, {@code up} and
   * {@code down} refuse to run unless the user opts out of locking ({@code dbmigrate.noLock}).
   */
  default Optional<String> whyNoLock() {
    return Optional.empty();
  }

  /** How this database takes the migration lock; empty where it has none ({@link #whyNoLock}). */
  Optional<LockStrategy> lock();

  /** Runs one statement of a script. */
  default void execute(Connection connection, SqlStatement statement) throws SQLException {
    try (Statement jdbc = connection.createStatement()) {
      jdbc.execute(statement.sql());
    }
  }

  /**
   * The statement as the database's own command-line client takes it in a script (dry-run.sql): by
   * default ended with {@code ;}.
   */
  default String scriptText(SqlStatement statement) {
    String sql = statement.sql().strip();
    return sql.endsWith(";") ? sql : sql + ";";
  }

  /**
   * Whether the driver sends a JDBC batch in one flight, without waiting for each statement's
   * answer, and the server runs it in the open transaction like statements sent one by one.
   */
  default boolean pipelinesBatches() {
    return false;
  }

  /**
   * Whether the statement may go to the server in a batch with its neighbours (see
   * {@link #pipelinesBatches}): it returns no rows, needs no data stream and does not end the
   * transaction. Saves a round trip per statement.
   */
  default boolean canPipeline(SqlStatement statement) {
    return false;
  }

  /**
   * An SQL expression for the milliseconds since the current transaction started, for a version row
   * written in the same flight as its script (so the client cannot time it); null where none.
   */
  default String transactionElapsedMillis() {
    return null;
  }

  /**
   * How to create the database {@code jdbcUrl} names when it is missing (dbmigrate.createDatabase);
   * empty where the plugin cannot (the URL names none, or the database has no such statement).
   */
  default Optional<DatabaseCreation> databaseCreation(String jdbcUrl) {
    return Optional.empty();
  }

  /** Whether connecting creates a missing database by itself, so there is nothing to create. */
  default boolean createsDatabaseOnConnect() {
    return false;
  }

  /** Whether creating the database failed only because another run created it a moment ago. */
  default boolean databaseCreatedMeanwhile(SQLException e) {
    return false;
  }

  /** Whether a connection failed because the server is up but the named database does not exist. */
  default boolean databaseMissing(SQLException e) {
    return false;
  }

  /**
   * When {@code e} says the server's lock table is full (one transaction created or touched too many
   * objects), the setting that sizes it; empty for any other failure.
   */
  default Optional<String> lockTableFull(SQLException e) {
    return Optional.empty();
  }

  /**
   * The script line a failure is reported on: the statement's first line, unless the database says
   * where inside a multi-line statement or batch the error is.
   */
  default int failedLine(SqlStatement statement, SQLException e) {
    return statement.line();
  }

  /**
   * An expression for a timestamp column as seconds since the epoch, where reading the column itself
   * would depend on the session's time zone; null where the column reads as an instant already.
   */
  default String epochSecondsOf(String column) {
    return null;
  }

  /** Reads a timestamp column of the history table as an instant. */
  default Instant readTimestamp(ResultSet rs, int column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toInstant();
  }

  /** The database's own words for a failure, without the echo of the statement some drivers add. */
  default String errorMessage(SQLException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().trim();
  }
}
