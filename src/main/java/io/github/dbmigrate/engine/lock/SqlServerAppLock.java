package io.github.dbmigrate.engine.lock;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;

/**
 * SQL Server's session-owned application lock ({@code sp_getapplock}), which the server drops with
 * the session.
 */
public final class SqlServerAppLock implements LockStrategy {

  /** {@code @Resource} is nvarchar(255); longer names would be cut by the server, so they are hashed. */
  static final int MAX_RESOURCE = 255;

  /** Parameters in the procedure's order: @Resource, @LockMode, @LockOwner, @LockTimeout. */
  static final String GET_APPLOCK = "{? = call sp_getapplock(?, ?, ?, ?)}";

  /** Parameters in the procedure's order: @Resource, @LockOwner. */
  static final String RELEASE_APPLOCK = "{? = call sp_releaseapplock(?, ?)}";

  @Override
  public Optional<HeldLock> tryAcquire(Connection connection, LockTarget target) throws SQLException {
    try (CallableStatement call = connection.prepareCall(GET_APPLOCK)) {
      call.registerOutParameter(1, Types.INTEGER);
      call.setString(2, resource(target));
      call.setString(3, "Exclusive");
      call.setString(4, "Session"); // held by the session, not a transaction: survives commits
      call.setInt(5, 0); // milliseconds: do not wait, the caller polls
      call.execute();
      if (!lockGranted(call.getInt(1))) {
        return Optional.empty();
      }
    }
    return Optional.of(HeldLock.of(() -> heldHere(connection, target), () -> release(connection, target)));
  }

  /** {@code APPLOCK_MODE} of this session's lock on the resource, for the principal sp_getapplock used. */
  private static boolean heldHere(Connection connection, LockTarget target) throws SQLException {
    try (PreparedStatement st = connection.prepareStatement("SELECT APPLOCK_MODE('public', ?, 'Session')")) {
      st.setString(1, resource(target));
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() && "Exclusive".equalsIgnoreCase(rs.getString(1));
      }
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

  /** Releases the session's application lock. */
  static void release(Connection connection, LockTarget target) throws SQLException {
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
  public Optional<String> holder(Connection connection, LockTarget target) {
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

  @Override
  public boolean needsTable() {
    return false;
  }

  /**
   * The application lock's resource name: a hash of the lock name first (the lock views show only
   * 32 characters), then the readable name, cut to the 255 characters allowed. A key shared with
   * every other run, not a message: its spelling never changes.
   */
  static String resource(LockTarget target) {
    String resource = "dbmigrate:" + LockNames.sha256Hex(target.name()).substring(0, 22) + ":"
        + target.name();
    return resource.length() <= MAX_RESOURCE ? resource : resource.substring(0, MAX_RESOURCE);
  }
}
