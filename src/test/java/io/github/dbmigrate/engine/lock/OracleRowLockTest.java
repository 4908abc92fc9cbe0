package io.github.dbmigrate.engine.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Oracle's fallback row lock against a scripted connection that answers with Oracle's own error
 * codes: another holder means "not now", any other failure is raised, and either way the lock
 * connection is left as it was found, with no transaction open.
 */
class OracleRowLockTest {

  private static final String TABLE = "dbmigrate_versions_lock";
  private static final String PROBE = "SELECT id FROM " + TABLE + " WHERE id = 1";
  private static final String LOCK = PROBE + " FOR UPDATE NOWAIT";
  private static final String CREATE = "CREATE TABLE " + TABLE + " (id NUMBER(1) NOT NULL PRIMARY KEY)";
  private static final String INSERT = "INSERT INTO " + TABLE + " (id) VALUES (1)";
  private static final LockTarget TARGET = new LockTarget("dbmigrate:FREEPDB1:APP:dbmigrate_versions", TABLE);
  /** Oracle's fallback as production builds it, with Oracle's refusal codes only. */
  private static final RowLock LOCK_STRATEGY = RowLock.oracle();

  @Test
  void aRowLockedByAnotherRunIsBusyAndLeavesNoTransactionOpen() throws SQLException {
    ScriptedConnection db = new ScriptedConnection().failing(LOCK, oracle(54, "61000"));

    assertThat(LOCK_STRATEGY.tryAcquire(db.connection(), TARGET)).isEmpty();

    assertThat(db.calls).containsSubsequence("setAutoCommit(false)", LOCK, "rollback", "setAutoCommit(true)");
    assertThat(db.connection().getAutoCommit()).isTrue();
  }

  @Test
  void anyOtherFailureWhileLockingIsRaisedAfterTheTransactionIsRolledBack() throws SQLException {
    SQLException denied = oracle(1031, "42000");
    ScriptedConnection db = new ScriptedConnection().failing(LOCK, denied);

    assertThatThrownBy(() -> LOCK_STRATEGY.tryAcquire(db.connection(), TARGET)).isSameAs(denied);

    assertThat(db.calls).endsWith("rollback", "setAutoCommit(true)");
    assertThat(db.connection().getAutoCommit()).isTrue();
  }

  @Test
  void theLockIsHeldInAnOpenTransactionUntilUnlocked() throws SQLException {
    ScriptedConnection db = new ScriptedConnection();

    Optional<HeldLock> held = LOCK_STRATEGY.tryAcquire(db.connection(), TARGET);
    assertThat(held).isPresent();
    assertThat(db.connection().getAutoCommit()).isFalse();
    assertThat(db.calls).doesNotContain("rollback", "commit", CREATE, INSERT);

    held.orElseThrow().close();

    assertThat(db.calls).endsWith("rollback", "setAutoCommit(true)");
    assertThat(db.connection().getAutoCommit()).isTrue();
  }

  @Test
  void aMissingTableAndRowAreCreatedEvenWhenAnotherRunIsCreatingThemToo() throws SQLException {
    ScriptedConnection db = new ScriptedConnection()
        .failing(PROBE, oracle(942, "42000"))
        .failing(CREATE, oracle(955, "42000"))
        .failing(INSERT, oracle(1, "23000"));

    assertThat(LOCK_STRATEGY.tryAcquire(db.connection(), TARGET)).isPresent();

    assertThat(db.calls).containsSubsequence(PROBE, CREATE, INSERT, "setAutoCommit(false)", LOCK);
  }

  @Test
  void anEmptyTableGetsItsRow() throws SQLException {
    ScriptedConnection db = new ScriptedConnection().withoutRow();

    assertThat(LOCK_STRATEGY.tryAcquire(db.connection(), TARGET)).isPresent();

    assertThat(db.calls).containsSubsequence(PROBE, INSERT, LOCK).doesNotContain(CREATE);
  }

  @Test
  void failuresToCreateTheTableOrRowForOtherReasonsAreRaised() {
    SQLException noQuota = oracle(1950, "42000");
    ScriptedConnection cannotCreate = new ScriptedConnection()
        .failing(PROBE, oracle(942, "42000"))
        .failing(CREATE, noQuota);
    assertThatThrownBy(() -> LOCK_STRATEGY.tryAcquire(cannotCreate.connection(), TARGET)).isSameAs(noQuota);
    assertThat(cannotCreate.calls).doesNotContain(INSERT, LOCK);

    SQLException readOnly = oracle(16000, "72000");
    ScriptedConnection cannotInsert = new ScriptedConnection().withoutRow().failing(INSERT, readOnly);
    assertThatThrownBy(() -> LOCK_STRATEGY.tryAcquire(cannotInsert.connection(), TARGET)).isSameAs(readOnly);
    assertThat(cannotInsert.calls).doesNotContain(LOCK);
  }

  private static SQLException oracle(int code, String state) {
    return new SQLException(String.format("ORA-%05d: scripted", code), state, code);
  }

  /** A connection that records what is sent and fails the statements it is told to fail. */
  private static final class ScriptedConnection {
    final List<String> calls = new ArrayList<>();
    private final Map<String, SQLException> failures = new HashMap<>();
    private boolean autoCommit = true;
    private boolean rowExists = true;

    ScriptedConnection failing(String sql, SQLException e) {
      failures.put(sql, e);
      return this;
    }

    ScriptedConnection withoutRow() {
      rowExists = false;
      return this;
    }

    Connection connection() {
      return proxy(Connection.class, (method, args) -> switch (method) {
        case "setAutoCommit" -> {
          autoCommit = (Boolean) args[0];
          calls.add("setAutoCommit(" + autoCommit + ")");
          yield null;
        }
        case "getAutoCommit" -> autoCommit;
        case "rollback", "commit" -> {
          calls.add(method);
          yield null;
        }
        case "createStatement" -> statement();
        default -> throw new UnsupportedOperationException(method);
      });
    }

    private Statement statement() {
      return proxy(Statement.class, (method, args) -> switch (method) {
        case "execute", "executeQuery" -> {
          String sql = (String) args[0];
          calls.add(sql);
          if (failures.containsKey(sql)) {
            throw failures.get(sql);
          }
          yield method.equals("execute") ? Boolean.FALSE : rows(sql.equals(PROBE) && !rowExists ? 0 : 1);
        }
        case "close" -> null;
        default -> throw new UnsupportedOperationException(method);
      });
    }

    private static ResultSet rows(int count) {
      int[] left = {count};
      return proxy(ResultSet.class, (method, args) -> switch (method) {
        case "next" -> left[0]-- > 0;
        case "close" -> null;
        default -> throw new UnsupportedOperationException(method);
      });
    }
  }

  private interface Handler {
    Object handle(String method, Object[] args) throws SQLException;
  }

  private static <T> T proxy(Class<T> type, Handler handler) {
    return type.cast(Proxy.newProxyInstance(OracleRowLockTest.class.getClassLoader(),
        new Class<?>[] {type}, (proxy, method, args) -> handler.handle(method.getName(), args)));
  }
}
