package io.github.dbmigrate.engine.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.testing.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Oracle's lock without a server: the SQL it sends, DBMS_LOCK's result codes, and the fallback row
 * lock on H2's Oracle mode standing in (with H2's refusals, which Oracle's own lock does not know).
 */
class OracleDbmsLockTest {

  private final OracleDbmsLock lock = new OracleDbmsLock(RowLock.oracle());
  private final OracleDbmsLock onH2 = new OracleDbmsLock(RowLock.oracle(RowLock.H2));
  private final LockTarget target =
      new LockTarget("dbmigrate:FREEPDB1:APP:dbmigrate_versions", "dbmigrate_versions_lock");

  @Test
  void tryAcquireRequestsAnExclusiveSessionLockWithoutWaiting() throws SQLException {
    FakeCall granted = new FakeCall(0);

    assertThat(lock.tryAcquire(granted.connection(), target)).isPresent();

    assertThat(granted.sql).singleElement().asString()
        .contains("DBMS_LOCK.ALLOCATE_UNIQUE(?, handle)")
        .contains("DBMS_LOCK.REQUEST(handle, DBMS_LOCK.X_MODE, 0, FALSE)");
    assertThat(granted.parameters).containsEntry(1, target.name());
    assertThat(lock.tryAcquire(new FakeCall(4).connection(), target)).isPresent();
    assertThat(lock.tryAcquire(new FakeCall(1).connection(), target)).isEmpty();
  }

  @Test
  void requestResultsTwoThreeAndFiveAreErrors() {
    assertThatThrownBy(() -> OracleDbmsLock.lockGranted(2)).hasMessageContaining("returned 2: deadlock");
    assertThatThrownBy(() -> OracleDbmsLock.lockGranted(3)).hasMessageContaining("parameter error");
    assertThatThrownBy(() -> OracleDbmsLock.lockGranted(5)).hasMessageContaining("illegal lock handle");
  }

  @Test
  void lockNamesFitTheBytesAllowed() {
    String longName = "dbmigrate:" + "ä".repeat(100) + ":APP:dbmigrate_versions";
    String fitted = OracleDbmsLock.lockName(new LockTarget(longName, null));

    assertThat(fitted.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(128);
    assertThat(fitted).startsWith("dbmigrate:ää").containsPattern("#[0-9a-f]{24}$");
    assertThat(OracleDbmsLock.lockName(target)).isEqualTo(target.name());
  }

  @Test
  void withoutExecuteOnDbmsLockTheRowLockIsUsedAndHeldAgainstOthers() throws SQLException {
    try (TestDatabase h2 = TestDatabase.h2(";MODE=Oracle");
        Connection first = withoutDbmsLock(h2.connect());
        Connection second = withoutDbmsLock(h2.connect())) {
      Optional<HeldLock> firstHeld = onH2.tryAcquire(first, target);
      assertThat(firstHeld).isPresent();
      assertThat(onH2.tryAcquire(second, target)).isEmpty();

      firstHeld.orElseThrow().close();

      Optional<HeldLock> secondHeld = onH2.tryAcquire(second, target);
      assertThat(secondHeld).isPresent();
      secondHeld.orElseThrow().close();
      assertThat(second.getAutoCommit()).isTrue();
    }
  }

  @Test
  void onlyAMissingDbmsLockLeadsToTheFallback() {
    assertThat(OracleDbmsLock.isDbmsLockUnavailable(missingDbmsLock())).isTrue();
    assertThat(OracleDbmsLock.isDbmsLockUnavailable(new SQLException(
        "ORA-06550: line 1, column 7:\nPLS-00201: identifier 'FOO' must be declared", "65000", 6550))).isFalse();
    assertThat(OracleDbmsLock.isDbmsLockUnavailable(new SQLException("ORA-01017", "72000", 1017))).isFalse();
  }

  private static SQLException missingDbmsLock() {
    return new SQLException("ORA-06550: line 1, column 52:\nPLS-00201: identifier 'DBMS_LOCK' must be declared",
        "65000", 6550);
  }

  /** A real connection on which the DBMS_LOCK block fails as it does for a user without the grant. */
  private static Connection withoutDbmsLock(Connection real) {
    return (Connection) Proxy.newProxyInstance(OracleDbmsLockTest.class.getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
          if (method.getName().equals("prepareCall")) {
            throw missingDbmsLock();
          }
          try {
            return method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}
