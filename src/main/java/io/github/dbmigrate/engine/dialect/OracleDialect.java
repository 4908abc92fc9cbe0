package io.github.dbmigrate.engine.dialect;

import io.github.dbmigrate.engine.lock.*;
import java.util.Optional;
import io.github.dbmigrate.engine.sql.SplitRules;
import io.github.dbmigrate.engine.sql.SqlStatement;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Oracle Database. DDL commits implicitly. Scripts are split as SQL*Plus does ({@code ;} ends a
 * plain statement and is not sent; PL/SQL units end at a {@code /} line).
 *
 * <p>The lock is a {@code DBMS_LOCK} user lock requested with {@code release_on_commit => FALSE}, so
 * it belongs to the session and survives the commits DDL makes; the server drops it with the session.
 * A user without EXECUTE on {@code DBMS_LOCK} gets {@link OracleRowLock} instead.
 */
public final class OracleDialect implements Dialect {

  /** CREATE [OR REPLACE] [AND COMPILE|RESOLVE] [NOFORCE] JAVA SOURCE: not SQL, ended by a / line. */
  private static final Pattern JAVA_SOURCE = Pattern.compile(
      "(?is)create\\s+(or\\s+replace\\s+)?(and\\s+(compile|resolve)\\s+)?(noforce\\s+)?java\\s+source\\b");

  /** The warning ojdbc gives when a PL/SQL unit was created with compilation errors. */
  static final int ORA_COMPILED_WITH_ERRORS = 17110;

  /**
   * SQL*Plus ends a PL/SQL unit (whose text keeps its {@code END;}) and Java source with a {@code /}
   * line, and plain SQL with {@code ;}.
   */
  @Override
  public String scriptText(SqlStatement statement) {
    String sql = statement.sql().strip();
    return sql.endsWith(";") || JAVA_SOURCE.matcher(sql).lookingAt() ? sql + "\n/" : sql + ";";
  }

  @Override
  public String name() {
    return "Oracle";
  }

  @Override
  public List<String> urlPrefixes() {
    return List.of("jdbc:oracle:");
  }

  @Override
  public SplitRules splitRules() {
    return SplitRules.oracle();
  }

  @Override
  public boolean transactionalDdl() {
    return false;
  }

  /**
   * A plain {@code CREATE TABLE}: Oracle before 23ai has no {@code IF NOT EXISTS}, and the engine
   * creates the table only after a probe found none, holding the lock.
   */
  @Override
  public String createHistoryTable(String table) {
    return "CREATE TABLE " + table + " ("
        + HistoryColumns.ddl("varchar2", "timestamp with time zone DEFAULT CURRENT_TIMESTAMP", "number(19)")
        + ")";
  }

  @Override
  public void addConnectionDefaults(Properties properties) {
    // Milliseconds; no read timeout, migrations may run long.
    properties.putIfAbsent("oracle.net.CONNECT_TIMEOUT", "10000");
    properties.putIfAbsent("v$session.program", "dbmigrate-maven-plugin");
  }

  @Override
  public Optional<LockStrategy> lock() {
    return Optional.of(new OracleDbmsLock(RowLock.oracle()));
  }

  /**
   * Runs a statement, failing it when Oracle created a PL/SQL unit with compilation errors: Oracle
   * only warns then, and an invalid procedure would otherwise be recorded as applied.
   */
  @Override
  public void execute(Connection connection, SqlStatement statement) throws SQLException {
    try (Statement jdbc = connection.createStatement()) {
      jdbc.execute(statement.sql());
      SQLWarning warning = jdbc.getWarnings();
      if (warning != null && warning.getErrorCode() == ORA_COMPILED_WITH_ERRORS) {
        throw OracleCompilationError.read(connection);
      }
    }
  }

  /** A compilation error is reported on its own line of the unit, counted from the statement's. */
  @Override
  public int failedLine(SqlStatement statement, SQLException e) {
    if (e instanceof OracleCompilationError compilation && compilation.lineInUnit() > 0) {
      return statement.line() + compilation.lineInUnit() - 1;
    }
    return statement.line();
  }

  /** ojdbc 23 appends a help link on lines of its own; the ORA- line says what happened. */
  @Override
  public String errorMessage(SQLException e) {
    StringBuilder kept = new StringBuilder();
    for (String line : Dialect.super.errorMessage(e).split("\\R")) {
      String trimmed = line.trim();
      if (trimmed.isEmpty() || trimmed.startsWith("https://docs.oracle.com/error-help")
          || trimmed.startsWith("Help: https://")) {
        continue;
      }
      kept.append(kept.length() == 0 ? "" : "\n").append(trimmed);
    }
    return kept.toString();
  }
}
