package io.github.dbmigrate.engine.dialect;

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

  /** Lock names longer than this many bytes are refused by {@code ALLOCATE_UNIQUE}. */
  static final int MAX_LOCK_NAME = 128;

  /** The warning ojdbc gives when a PL/SQL unit was created with compilation errors. */
  static final int ORA_COMPILED_WITH_ERRORS = 17110;

  /** ORA-06550: a PL/SQL block did not compile, here because DBMS_LOCK is not visible. */
  private static final int ORA_PLSQL_COMPILATION = 6550;

  static final String REQUEST_LOCK = "DECLARE handle VARCHAR2(128); BEGIN"
      + " DBMS_LOCK.ALLOCATE_UNIQUE(?, handle);"
      + " ? := DBMS_LOCK.REQUEST(handle, DBMS_LOCK.X_MODE, 0, FALSE); END;";

  static final String RELEASE_LOCK = "DECLARE handle VARCHAR2(128); BEGIN"
      + " DBMS_LOCK.ALLOCATE_UNIQUE(?, handle);"
      + " ? := DBMS_LOCK.RELEASE(handle); END;";

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

  /** The fallback lock (no DBMS_LOCK grant) creates a table: a dry run must not. */
  @Override
  public boolean lockNeedsTable() {
    return true;
  }

  @Override
  public boolean tryLock(Connection connection, LockTarget target) throws SQLException {
    try (CallableStatement call = connection.prepareCall(REQUEST_LOCK)) {
      call.setString(1, lockName(target));
      call.registerOutParameter(2, Types.INTEGER);
      call.execute();
      return lockGranted(call.getInt(2));
    } catch (SQLException e) {
      if (!isDbmsLockUnavailable(e)) {
        throw e;
      }
    }
    return OracleRowLock.tryLock(connection, target.lockTableSql());
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

  @Override
  public void unlock(Connection connection, LockTarget target) throws SQLException {
    if (OracleRowLock.isHeld(connection)) {
      OracleRowLock.unlock(connection);
      return;
    }
    try (CallableStatement call = connection.prepareCall(RELEASE_LOCK)) {
      call.setString(1, lockName(target));
      call.registerOutParameter(2, Types.INTEGER);
      call.execute();
    }
  }

  /**
   * The session holding the {@code DBMS_LOCK} lock; the views it reads are granted to few users, and
   * the fallback row lock's holder is not shown.
   */
  @Override
  public Optional<String> lockHolder(Connection connection, LockTarget target) {
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

  /** The lock's name: database, schema and table, hashed down to the length allowed. */
  static String lockName(LockTarget target) {
    return LockNames.fit(target.name(), MAX_LOCK_NAME);
  }
}
