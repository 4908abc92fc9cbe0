package io.github.dbmigrate.engine.dialect;

import io.github.dbmigrate.engine.lock.*;
import java.util.Optional;
import io.github.dbmigrate.engine.sql.SplitRules;
import io.github.dbmigrate.engine.sql.SqlStatement;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * PostgreSQL: transactional DDL, and a session-level advisory lock that the server drops with the
 * connection, so a killed build never leaves it behind.
 */
public final class PostgresDialect implements Dialect {

  /** First words of statements that never return rows (see {@link #canPipeline}). */
  private static final Set<String> PIPELINED_ALWAYS =
      Set.of("CREATE", "ALTER", "DROP", "COMMENT", "GRANT", "REVOKE", "TRUNCATE", "SET", "DO", "ANALYZE");
  /** ... and of those that return rows only with RETURNING. */
  private static final Set<String> PIPELINED_DML = Set.of("INSERT", "UPDATE", "DELETE");
  /** {@code jdbc:postgresql://hosts/name?options} or {@code jdbc:postgresql:name?options}. */
  private static final Pattern URL_DATABASE = Pattern.compile("(jdbc:postgresql:(?://[^/?]*/)?)([^?]*)(\\?.*)?");
  /** Anywhere, even inside a string: a false match only costs a round trip. */
  private static final Pattern RETURNING = Pattern.compile("(?i)\\breturning\\b");

  @Override
  public String name() {
    return "PostgreSQL";
  }

  @Override
  public List<String> urlPrefixes() {
    return List.of("jdbc:postgresql:");
  }

  @Override
  public SplitRules splitRules() {
    return SplitRules.postgres();
  }

  @Override
  public boolean transactionalDdl() {
    return true;
  }

  @Override
  public String createHistoryTable(String table) {
    return "CREATE TABLE IF NOT EXISTS " + table + " ("
        + HistoryColumns.ddl("varchar", "timestamp with time zone DEFAULT CURRENT_TIMESTAMP", "bigint")
        + ")";
  }

  @Override
  public void addConnectionDefaults(Properties properties) {
    // Bounded waits for an unreachable or silent server; no socket timeout, migrations may run long.
    properties.putIfAbsent("connectTimeout", "10");
    properties.putIfAbsent("loginTimeout", "15");
    properties.putIfAbsent("tcpKeepAlive", "true");
    properties.putIfAbsent("ApplicationName", "dbmigrate-maven-plugin");
  }

  /**
   * From PostgreSQL 14 on, a backend whose client died mid-statement (a killed build) notices within
   * a second and rolls back, instead of finishing a long statement while holding its locks.
   */
  @Override
  public void initSession(Connection connection) throws SQLException {
    if (connection.getMetaData().getDatabaseMajorVersion() >= 14) {
      try (java.sql.Statement st = connection.createStatement()) {
        st.execute("SET client_connection_check_interval = 1000");
      }
    }
  }

  @Override
  public Optional<LockStrategy> lock() {
    return Optional.of(new PostgresAdvisoryLock());
  }

  @Override
  public void execute(Connection connection, SqlStatement statement) throws SQLException {
    if (statement.copyData() == null) {
      Dialect.super.execute(connection, statement);
      return;
    }
    try {
      connection.unwrap(PGConnection.class).getCopyAPI()
          .copyIn(statement.sql(), new StringReader(statement.copyData()));
    } catch (java.io.IOException e) {
      throw new SQLException("COPY data could not be sent: " + e.getMessage(), "08006", e);
    }
  }

  @Override
  public boolean pipelinesBatches() {
    return true;
  }

  /**
   * Statements that cannot return rows, whatever follows their first word; DML only without
   * RETURNING. SELECT (setval, set_config), CALL, WITH and the rest run one at a time.
   */
  @Override
  public boolean canPipeline(SqlStatement statement) {
    if (statement.copyData() != null || statement.isTransactionControl()) {
      return false;
    }
    String first = statement.firstWord();
    if (PIPELINED_DML.contains(first)) {
      return !RETURNING.matcher(statement.sql()).find();
    }
    return PIPELINED_ALWAYS.contains(first);
  }

  @Override
  public String transactionElapsedMillis() {
    return "CAST(EXTRACT(EPOCH FROM clock_timestamp() - transaction_timestamp()) * 1000 AS bigint)";
  }

  /** Through the {@code postgres} maintenance database; the user needs CREATEDB. */
  @Override
  public Optional<DatabaseCreation> databaseCreation(String jdbcUrl) {
    return DatabaseCreation.renaming(URL_DATABASE, jdbcUrl, "postgres", name -> "CREATE DATABASE " + quote(name));
  }

  /** 42P04 duplicate_database. */
  @Override
  public boolean databaseCreatedMeanwhile(SQLException e) {
    return "42P04".equals(e.getSQLState());
  }

  /** 3D000 invalid_catalog_name. */
  @Override
  public boolean databaseMissing(SQLException e) {
    return "3D000".equals(e.getSQLState());
  }

  /** 53200 "out of shared memory": the lock table holds max_locks_per_transaction per connection. */
  @Override
  public Optional<String> lockTableFull(SQLException e) {
    return "53200".equals(e.getSQLState()) ? Optional.of("max_locks_per_transaction") : Optional.empty();
  }

  /** {@code ERROR 42601 syntax error at or near "x"}, with the server's detail and hint when given. */
  @Override
  public String errorMessage(SQLException e) {
    ServerErrorMessage server = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
    if (server == null || server.getMessage() == null) {
      return Dialect.super.errorMessage(e);
    }
    return server.getSeverity() + " " + server.getSQLState() + " " + server.getMessage()
        + (server.getDetail() == null ? "" : " (" + server.getDetail() + ")")
        + (server.getHint() == null ? "" : " Hint: " + server.getHint());
  }

  /** The server's error position (1-based, in characters) points at the line inside a statement. */
  @Override
  public int failedLine(SqlStatement statement, SQLException e) {
    ServerErrorMessage server = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
    String sql = statement.sql();
    if (server == null || server.getPosition() <= 0 || server.getPosition() > sql.length()) {
      return statement.line();
    }
    return statement.line() + (int) sql.substring(0, server.getPosition() - 1).chars()
        .filter(c -> c == '\n').count();
  }
}
