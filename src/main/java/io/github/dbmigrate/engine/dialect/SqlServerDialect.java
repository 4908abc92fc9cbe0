package io.github.dbmigrate.engine.dialect;

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

  /** {@code @Resource} is nvarchar(255); longer names would be cut by the server, so they are hashed. */
  static final int MAX_RESOURCE = 255;

  /** Parameters in the procedure's order: @Resource, @LockMode, @LockOwner, @LockTimeout. */
  static final String GET_APPLOCK = "{? = call sp_getapplock(?, ?, ?, ?)}";

  /** Parameters in the procedure's order: @Resource, @LockOwner. */
  static final String RELEASE_APPLOCK = "{? = call sp_releaseapplock(?, ?)}";

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
  public boolean tryLock(Connection connection, LockTarget target) throws SQLException {
    try (CallableStatement call = connection.prepareCall(GET_APPLOCK)) {
      call.registerOutParameter(1, Types.INTEGER);
      call.setString(2, resource(target));
      call.setString(3, "Exclusive");
      call.setString(4, "Session"); // held by the session, not a transaction: survives commits
      call.setInt(5, 0); // milliseconds: do not wait, the caller polls
      call.execute();
      return lockGranted(call.getInt(1));
    }
  }

  /**
   * Maps {@code sp_getapplock}'s return code: 0 and 1 are granted, -1 is a timeout (another session
   * holds it), other negatives are errors.
   */
  static boolean lockGranted(int returnCode) throws SQLException {
    if (returnCode >= 0) {
      return true;
    }
    if (returnCode == -1) {
      return false;
    }
    String meaning = switch (returnCode) {
      case -2 -> "the lock request was cancelled";
      case -3 -> "the lock request was chosen as a deadlock victim";
      case -999 -> "parameter validation or another call error";
      default -> "an undocumented failure";
    };
    throw new SQLException("sp_getapplock returned " + returnCode + ": " + meaning);
  }

  @Override
  public void unlock(Connection connection, LockTarget target) throws SQLException {
    try (CallableStatement call = connection.prepareCall(RELEASE_APPLOCK)) {
      call.registerOutParameter(1, Types.INTEGER);
      call.setString(2, resource(target));
      call.setString(3, "Session");
      call.execute();
    }
  }

  /**
   * The session holding the application lock, from the lock and session views (they need VIEW
   * SERVER STATE, or VIEW DATABASE STATE on Azure; without it the server does not say). The views
   * show only the first 32 characters of the resource, which {@link #resource} makes unique.
   */
  @Override
  public Optional<String> lockHolder(Connection connection, LockTarget target) {
    String sql = "SELECT TOP 1 s.session_id, s.program_name, s.login_name, s.host_name, s.login_time"
        + " FROM sys.dm_tran_locks l JOIN sys.dm_exec_sessions s"
        + " ON s.session_id = l.request_session_id"
        + " WHERE l.resource_type = 'APPLICATION' AND l.request_status = 'GRANT'"
        + " AND l.resource_database_id = DB_ID() AND CHARINDEX(?, l.resource_description) > 0";
    try (PreparedStatement st = connection.prepareStatement(sql)) {
      st.setString(1, resource(target).substring(0, 32));
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of("session " + rs.getInt(1) + " (application '" + rs.getString(2) + "', login "
            + rs.getString(3) + ", host " + rs.getString(4) + ", logged in at "
            + rs.getTimestamp(5).toInstant() + ")");
      }
    } catch (SQLException e) {
      return Optional.empty();
    }
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

  /**
   * The application lock's resource name: a hash of the lock name first (the lock views show only
   * 32 characters), then the readable name, cut to the 255 characters allowed.
   */
  static String resource(LockTarget target) {
    String resource = "dbmigrate:" + LockNames.sha256Hex(target.name()).substring(0, 22) + ":"
        + target.name();
    return resource.length() <= MAX_RESOURCE ? resource : resource.substring(0, MAX_RESOURCE);
  }
}
