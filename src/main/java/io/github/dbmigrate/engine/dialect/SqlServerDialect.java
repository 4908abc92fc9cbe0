package io.github.dbmigrate.engine.dialect;

import io.github.dbmigrate.engine.lock.*;
import java.util.Optional;
import com.microsoft.sqlserver.jdbc.SQLServerError;
import com.microsoft.sqlserver.jdbc.SQLServerException;
import io.github.dbmigrate.engine.sql.SplitRules;
import io.github.dbmigrate.engine.sql.SqlStatement;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Microsoft SQL Server: transactional DDL, scripts split into batches on {@code GO} lines as sqlcmd
 * does, each batch sent whole. The lock is a session-owned application lock ({@code sp_getapplock}),
 * which the server drops with the session.
 */
public final class SqlServerDialect implements Dialect {

  /** sqlcmd and SSMS: each statement its own batch, so CREATE PROCEDURE and the like come first in one. */
  @Override
  public String scriptText(SqlStatement statement) {
    return statement.sql().strip() + "\nGO";
  }

  /** Error 4060: "Cannot open database requested by the login". */
  @Override
  public boolean databaseMissing(SQLException e) {
    return e.getErrorCode() == 4060;
  }

  @Override
  public String name() {
    return "SQL Server";
  }

  @Override
  public List<String> urlPrefixes() {
    return List.of("jdbc:sqlserver:");
  }

  @Override
  public SplitRules splitRules() {
    return SplitRules.sqlServer();
  }

  @Override
  public boolean transactionalDdl() {
    return true;
  }

  @Override
  public String quote(String identifier) {
    return '[' + identifier.replace("]", "]]") + ']';
  }

  /** Guarded by {@code OBJECT_ID}, as SQL Server has no {@code CREATE TABLE IF NOT EXISTS}. */
  @Override
  public String createHistoryTable(String table) {
    return "IF OBJECT_ID(N'" + table.replace("'", "''") + "', N'U') IS NULL\n" + historyTableDdl(table);
  }

  /**
   * The {@code CREATE TABLE} itself. {@code datetimeoffset} keeps the server's offset, so the instant
   * read back is right whatever zone the server and the build run in.
   */
  static String historyTableDdl(String table) {
    return "CREATE TABLE " + table + " ("
        + "version varchar(14) NOT NULL PRIMARY KEY, "
        + "name nvarchar(255), "
        + "checksum varchar(100), "
        + "applied_at datetimeoffset DEFAULT SYSDATETIMEOFFSET(), "
        + "execution_ms bigint, "
        + "applied_by nvarchar(255), "
        + "environment nvarchar(100))";
  }

  @Override
  public void addConnectionDefaults(Properties properties) {
    // Seconds; no query timeout, migrations may run long. The driver matches names in any case.
    properties.putIfAbsent("loginTimeout", "15");
    properties.putIfAbsent("ApplicationName", "dbmigrate-maven-plugin");
  }

  @Override
  public Optional<LockStrategy> lock() {
    return Optional.of(new SqlServerAppLock());
  }

  /**
   * Sends the batch whole and reads every result it produces: the driver raises an error of a later
   * statement of the batch only when its result is reached.
   */
  @Override
  public void execute(Connection connection, SqlStatement statement) throws SQLException {
    try (Statement jdbc = connection.createStatement()) {
      boolean isResultSet = jdbc.execute(statement.sql());
      while (isResultSet || jdbc.getUpdateCount() != -1) {
        isResultSet = jdbc.getMoreResults();
      }
    }
  }

  /** The error's line inside the batch, counted from the batch's first line in the script. */
  @Override
  public int failedLine(SqlStatement statement, SQLException e) {
    if (e instanceof SQLServerException sqlServer && sqlServer.getSQLServerError() != null) {
      SQLServerError error = sqlServer.getSQLServerError();
      return lineInScript(statement.line(), error.getLineNumber(), error.getProcedureName());
    }
    return statement.line();
  }

  /**
   * An error raised inside a called procedure or trigger carries that module's line, which says
   * nothing about the script, so the batch's line is kept then.
   */
  static int lineInScript(int batchLine, long lineInBatch, String procedure) {
    boolean inBatch = procedure == null || procedure.isEmpty();
    if (!inBatch || lineInBatch < 1 || lineInBatch > Integer.MAX_VALUE - batchLine) {
      return batchLine;
    }
    return batchLine + (int) lineInBatch - 1;
  }
}
