package io.github.dbmigrate.engine.lock;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The lock of databases without a named lock (H2, and Oracle for users without EXECUTE on {@code
 * DBMS_LOCK}): the one row of a table beside the history table, locked with {@code SELECT ... FOR
 * UPDATE} in a transaction that the dedicated lock connection keeps open for the whole run. It lives
 * exactly as long as that transaction: the server drops it with the session, and any commit or
 * rollback on the lock connection would drop it too, so nothing else ever runs there.
 */
public final class RowLock implements LockStrategy {

  /** How a database refuses the row lock's statements when another run got there first. */
  public interface Refusals {

    /** The row is locked by another session (a lock timeout, or NOWAIT's "resource busy"). */
    boolean busy(SQLException e);

    /** Another run created the table or inserted the row a moment ago. */
    boolean createdMeanwhile(SQLException e);
  }

  /**
   * H2's refusals: lock timeout (50200, HYT00), deadlock or concurrent update (40001), an existing
   * table (42S01) or row (23505).
   */
  public static final Refusals H2 = new Refusals() {
    @Override
    public boolean busy(SQLException e) {
      return e.getErrorCode() == 50200 || "40001".equals(e.getSQLState()) || "HYT00".equals(e.getSQLState());
    }

    @Override
    public boolean createdMeanwhile(SQLException e) {
      return "23505".equals(e.getSQLState()) || "42S01".equals(e.getSQLState());
    }
  };

  /**
   * Oracle's refusals: ORA-00054 resource busy (NOWAIT), ORA-00955 name already used, ORA-00001
   * unique constraint violated.
   */
  public static final Refusals ORACLE = new Refusals() {
    @Override
    public boolean busy(SQLException e) {
      return e.getErrorCode() == 54;
    }

    @Override
    public boolean createdMeanwhile(SQLException e) {
      return e.getErrorCode() == 955 || e.getErrorCode() == 1;
    }
  };

  private final String prepare;
  private final String createTable;
  private final String lockClause;
  private final Refusals refusals;

  /**
   * @param prepare a statement run before each try (a session's lock timeout), or null
   * @param createTable the {@code CREATE TABLE} with {@code {table}} for the lock table's name
   * @param lockClause what follows the row's {@code SELECT} to lock it without waiting long
   */
  RowLock(String prepare, String createTable, String lockClause, Refusals refusals) {
    this.prepare = prepare;
    this.createTable = createTable;
    this.lockClause = lockClause;
    this.refusals = refusals;
  }

  /** H2's row lock: a 50 ms lock timeout stands in for NOWAIT. */
  public static RowLock h2() {
    return new RowLock("SET LOCK_TIMEOUT 50", "CREATE TABLE IF NOT EXISTS {table} (id INT PRIMARY KEY)",
        "FOR UPDATE", H2);
  }

  /** Oracle's row lock, with Oracle's refusals. */
  public static RowLock oracle() {
    return oracle(ORACLE);
  }

  /** Oracle's statements with the given refusals; tests run them on H2's Oracle mode with {@link #H2}. */
  public static RowLock oracle(Refusals refusals) {
    return new RowLock(null, "CREATE TABLE {table} (id NUMBER(1) NOT NULL PRIMARY KEY)", "FOR UPDATE NOWAIT",
        refusals);
  }

  /** Tries once to lock the row, creating table and row on first use; empty if another run holds it. */
  @Override
  public Optional<HeldLock> tryAcquire(Connection connection, LockTarget target) throws SQLException {
    String lockTable = target.lockTableSql();
    connection.setAutoCommit(true);
    try (Statement st = connection.createStatement()) {
      if (prepare != null) {
        st.execute(prepare);
      }
      ensureRow(st, lockTable);
      connection.setAutoCommit(false);
      st.executeQuery("SELECT id FROM " + lockTable + " WHERE id = 1 " + lockClause).close();
    } catch (SQLException e) {
      if (!connection.getAutoCommit()) {
        connection.rollback();
        connection.setAutoCommit(true);
      }
      if (refusals.busy(e)) {
        return Optional.empty();
      }
      throw e;
    }
    // Ending the transaction that holds the row lock releases it; while the session answers, the
    // transaction (and the lock) is still there.
    return Optional.of(HeldLock.of(() -> connection.isValid(10) && !connection.getAutoCommit(), () -> {
      connection.rollback();
      connection.setAutoCommit(true);
    }));
  }

  /** Creates the table and its row if missing; plain reads never wait for the row lock. */
  private void ensureRow(Statement st, String lockTable) throws SQLException {
    try (ResultSet rs = st.executeQuery("SELECT id FROM " + lockTable + " WHERE id = 1")) {
      if (rs.next()) {
        return;
      }
    } catch (SQLException readFailed) {
      // Taken for a missing table; if creating it fails too, the read's own reason (a denied
      // permission, a lost connection) travels with the failure.
      try {
        st.execute(createTable.replace("{table}", lockTable));
      } catch (SQLException e) {
        if (!refusals.createdMeanwhile(e)) {
          e.addSuppressed(readFailed);
          throw e;
        }
      }
    }
    try {
      st.execute("INSERT INTO " + lockTable + " (id) VALUES (1)");
    } catch (SQLException e) {
      if (!refusals.createdMeanwhile(e)) {
        throw e;
      }
    }
  }

  /** A row lock does not say who holds it. */
  @Override
  public Optional<String> holder(Connection connection, LockTarget target) {
    return Optional.empty();
  }

  @Override
  public boolean needsTable() {
    return true;
  }
}
