package io.github.dbmigrate.engine.dialect;

import com.microsoft.sqlserver.jdbc.SQLServerError;
import com.microsoft.sqlserver.jdbc.SQLServerException;
import io.github.dbmigrate.engine.lint.DatabaseLint;
import io.github.dbmigrate.engine.lint.SqlServerLint;
import io.github.dbmigrate.engine.lock.SqlServerAppLock;
import io.github.dbmigrate.engine.session.CatalogSessionState;
import io.github.dbmigrate.engine.session.SqlServerVariables;
import io.github.dbmigrate.engine.sql.SplitRules;
import io.github.dbmigrate.engine.sql.TransactionControl;
import io.github.dbmigrate.engine.sql.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Microsoft SQL Server: transactional DDL, scripts split into batches on {@code GO} lines as sqlcmd
 * does, each batch sent whole. The lock is a session-owned application lock ({@code sp_getapplock}),
 * which the server drops with the session. Databases are created by a person.
 */
final class SqlServerDialect {

  private SqlServerDialect() {}

  static Dialect create() {
    return Dialect.builder("sqlserver", "SQL Server").abbreviated("mssql")
        .urls("jdbc:sqlserver:")
        .syntax(new Syntax())
        .execution(new Execution())
        // Seconds; no query timeout, migrations may run long. The driver matches names in any case.
        .session(new ConnectionDefaults(new CatalogSessionState(History::bracket), new SqlServerVariables(),
            "loginTimeout", "15", "ApplicationName", ConnectionDefaults.CLIENT))
        .history(new History())
        .errors(new Errors())
        .lock(new SqlServerAppLock())
        .capability(DatabaseLint.class, new SqlServerLint())
        .build();
  }

  /** sqlcmd's: batches end at {@code GO} lines. */
  static final class Syntax implements ScriptSyntax {

    @Override
    public TransactionControl transactionControl() {
      return TransactionControl.SQL_SERVER;
    }

    @Override
    public SplitRules splitRules() {
      return SplitRules.sqlServer();
    }

    /** sqlcmd and SSMS: each statement its own batch, so CREATE PROCEDURE and the like come first in one. */
    @Override
    public String scriptText(SqlStatement statement) {
      return statement.sql().strip() + "\nGO";
    }
  }

  /** Each batch sent whole, every result read. */
  static final class Execution extends PlainExecution {

    Execution() {
      super(true);
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
  }

  /** Bracketed names, and a {@code CREATE TABLE} guarded by {@code OBJECT_ID}. */
  static final class History extends StandardHistorySql {

    /** Guarded by {@code OBJECT_ID}, as SQL Server has no {@code CREATE TABLE IF NOT EXISTS}. */
    History() {
      super(table -> "IF OBJECT_ID(N'" + table.replace("'", "''") + "', N'U') IS NULL\n" + historyTableDdl(table));
    }

    @Override
    public String quote(String identifier) {
      return bracket(identifier);
    }

    static String bracket(String identifier) {
      return '[' + identifier.replace("]", "]]") + ']';
    }

    /** A bare name means the user's default schema first, then {@code dbo}. */
    @Override
    public List<String> lookupPath(Connection connection) throws SQLException {
      List<String> path = new ArrayList<>(super.lookupPath(connection));
      if (!path.contains("dbo")) {
        path.add("dbo");
      }
      return path;
    }
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

  /** SQL Server's error numbers, and the line inside a batch. */
  static final class Errors extends StandardErrors {

    /** Error 208 "Invalid object name", SQLSTATE 42S02 (S0002 in older drivers). */
    @Override
    public boolean isUndefinedTable(SQLException e) {
      return e.getErrorCode() == 208 || "42S02".equals(e.getSQLState()) || "S0002".equals(e.getSQLState());
    }

    /** Error 4060: "Cannot open database requested by the login". */
    @Override
    public boolean databaseMissing(SQLException e) {
      return e.getErrorCode() == 4060;
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
