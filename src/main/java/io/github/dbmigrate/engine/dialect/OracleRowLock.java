package io.github.dbmigrate.engine.dialect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Oracle's fallback lock for users without EXECUTE on {@code DBMS_LOCK}: the one row of a table
 * beside the history table, locked with {@code SELECT ... FOR UPDATE NOWAIT} in a transaction that
 * the dedicated lock connection keeps open for the whole run. It lives exactly as long as that
 * transaction: the server drops it with the session, and any commit or rollback on the lock
 * connection would drop it too, so nothing else ever runs there.
 */
final class OracleRowLock {

  /** ORA-00054: resource busy and acquire with NOWAIT specified. */
  private static final int ORA_RESOURCE_BUSY = 54;
  /** ORA-00955: name is already used by an existing object (another run created the table first). */
  private static final int ORA_NAME_IN_USE = 955;
  /** ORA-00001: unique constraint violated (another run inserted the row first). */
  private static final int ORA_UNIQUE_VIOLATED = 1;

  private OracleRowLock() {}

  /** Tries once to lock the row, creating table and row on first use; false if another run holds it. */
  static boolean tryLock(Connection connection, String lockTable) throws SQLException {
    connection.setAutoCommit(true);
    try (Statement st = connection.createStatement()) {
      ensureRow(st, lockTable);
      connection.setAutoCommit(false);
      st.executeQuery("SELECT id FROM " + lockTable + " WHERE id = 1 FOR UPDATE NOWAIT").close();
      return true;
    } catch (SQLException e) {
      if (!connection.getAutoCommit()) {
        connection.rollback();
        connection.setAutoCommit(true);
      }
      if (isBusy(e)) {
        return false;
      }
      throw e;
    }
  }

  /** Ends the transaction that holds the row lock. */
  static void unlock(Connection connection) throws SQLException {
    connection.rollback();
    connection.setAutoCommit(true);
  }

  /** Whether the connection holds the row lock: only then is a transaction left open on it. */
  static boolean isHeld(Connection connection) throws SQLException {
    return !connection.getAutoCommit();
  }

  /** Creates the table and its row if missing; plain reads never wait for the row lock. */
  private static void ensureRow(Statement st, String lockTable) throws SQLException {
    try (ResultSet rs = st.executeQuery("SELECT id FROM " + lockTable + " WHERE id = 1")) {
      if (rs.next()) {
        return;
      }
    } catch (SQLException missingTable) {
      try {
        st.execute("CREATE TABLE " + lockTable + " (id NUMBER(1) NOT NULL PRIMARY KEY)");
      } catch (SQLException e) {
        if (e.getErrorCode() != ORA_NAME_IN_USE && !"42S01".equals(e.getSQLState())) {
          throw e;
        }
      }
    }
    try {
      st.execute("INSERT INTO " + lockTable + " (id) VALUES (1)");
    } catch (SQLException e) {
      boolean duplicate = e.getErrorCode() == ORA_UNIQUE_VIOLATED || "23505".equals(e.getSQLState());
      if (!duplicate) {
        throw e;
      }
    }
  }

  /**
   * Oracle's "resource busy"; H2's lock timeout (50200, HYT00) is accepted too, because the tests
   * use H2's Oracle mode as a stand-in for a server.
   */
  private static boolean isBusy(SQLException e) {
    return e.getErrorCode() == ORA_RESOURCE_BUSY || e.getErrorCode() == 50200
        || "HYT00".equals(e.getSQLState());
  }
}
