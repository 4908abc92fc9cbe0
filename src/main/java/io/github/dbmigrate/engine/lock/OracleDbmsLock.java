package io.github.dbmigrate.engine.lock;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Locale;
import java.util.Optional;

/**
 * Oracle's {@code DBMS_LOCK} user lock, requested with {@code release_on_commit => FALSE}, so it
 * belongs to the session and survives the commits DDL makes; the server drops it with the session.
 * A user without EXECUTE on {@code DBMS_LOCK} gets the {@link RowLock} instead.
 */
public final class OracleDbmsLock implements LockStrategy {

  /** Lock names longer than this many bytes are refused by {@code ALLOCATE_UNIQUE}. */
  static final int MAX_LOCK_NAME = 128;

  /** ORA-06550: a PL/SQL block did not compile, here because DBMS_LOCK is not visible. */
  private static final int ORA_PLSQL_COMPILATION = 6550;

  static final String REQUEST_LOCK = "DECLARE handle VARCHAR2(128); BEGIN"
      + " DBMS_LOCK.ALLOCATE_UNIQUE(?, handle);"
      + " ? := DBMS_LOCK.REQUEST(handle, DBMS_LOCK.X_MODE, 0, FALSE); END;";

  static final String RELEASE_LOCK = "DECLARE handle VARCHAR2(128); BEGIN"
      + " DBMS_LOCK.ALLOCATE_UNIQUE(?, handle);"
      + " ? := DBMS_LOCK.RELEASE(handle); END;";

  private final RowLock fallback;

  /** @param fallback the lock for users who may not execute {@code DBMS_LOCK} */
  public OracleDbmsLock(RowLock fallback) {
    this.fallback = fallback;
  }

  @Override
  public Optional<HeldLock> tryAcquire(Connection connection, LockTarget target) throws SQLException {
    String name = lockName(target);
    try (CallableStatement call = connection.prepareCall(REQUEST_LOCK)) {
      call.setString(1, name);
      call.registerOutParameter(2, Types.INTEGER);
      call.execute();
      if (!lockGranted(call.getInt(2))) {
        return Optional.empty();
      }
    } catch (SQLException e) {
      if (!isDbmsLockUnavailable(e)) {
        throw e;
      }
      return fallback.tryAcquire(connection, target);
    }
    // Asking whether this session holds it needs V$LOCK, which the user may not read; the lock
    // belongs to the session, so the session answering is the best sign there is.
    return Optional.of(HeldLock.of(() -> connection.isValid(10), () -> {
      try (CallableStatement call = connection.prepareCall(RELEASE_LOCK)) {
        call.setString(1, name);
        call.registerOutParameter(2, Types.INTEGER);
        call.execute();
      }
    }));
  }

  /**
   * Maps {@code DBMS_LOCK.REQUEST}'s result: 0 granted, 4 already held by this session, 1 timeout
   * (another session holds it); 2 (deadlock), 3 (parameter error) and 5 (illegal handle) are errors.
   */
  static boolean lockGranted(int result) throws SQLException {
    return switch (result) {
      case 0, 4 -> true;
      case 1 -> false;
      default -> throw new SQLException("DBMS_LOCK.REQUEST returned " + result + ": " + switch (result) {
        case 2 -> "deadlock";
        case 3 -> "parameter error";
        case 5 -> "illegal lock handle";
        default -> "an undocumented failure";
      });
    };
  }

  /** PLS-00201 or PLS-00904 about DBMS_LOCK: the user may not execute it. */
  static boolean isDbmsLockUnavailable(SQLException e) {
    String message = e.getMessage() == null ? "" : e.getMessage().toUpperCase(Locale.ROOT);
    return e.getErrorCode() == ORA_PLSQL_COMPILATION && message.contains("DBMS_LOCK");
  }

  /**
   * The session holding the {@code DBMS_LOCK} lock; the views it reads are granted to few users, and
   * the fallback row lock's holder is not shown.
   */
  @Override
  public Optional<String> holder(Connection connection, LockTarget target) {
    String sql = "SELECT s.sid, s.serial#, s.username, s.machine, s.program, s.logon_time"
        + " FROM sys.dbms_lock_allocated a"
        + " JOIN v$lock l ON l.id1 = a.lockid AND l.type = 'UL' AND l.lmode = 6"
        + " JOIN v$session s ON s.sid = l.sid WHERE a.name = ?";
    try (PreparedStatement st = connection.prepareStatement(sql)) {
      st.setString(1, lockName(target));
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of("session " + rs.getInt(1) + "," + rs.getInt(2) + " (user " + rs.getString(3)
            + ", machine " + rs.getString(4) + ", program '" + rs.getString(5) + "', logged on at "
            + rs.getTimestamp(6).toInstant() + ")");
      }
    } catch (SQLException e) {
      return Optional.empty();
    }
  }

  /** The fallback lock (no DBMS_LOCK grant) creates a table: a dry run must not. */
  @Override
  public boolean needsTable() {
    return true;
  }

  /** The lock's name: database, schema and table, hashed down to the length allowed. */
  static String lockName(LockTarget target) {
    return LockNames.fit(target.name(), MAX_LOCK_NAME);
  }
}
