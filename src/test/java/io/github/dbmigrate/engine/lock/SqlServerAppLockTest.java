package io.github.dbmigrate.engine.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** SQL Server's application lock without a server: the calls it makes and its return-code handling. */
class SqlServerAppLockTest {

  private final SqlServerAppLock lock = new SqlServerAppLock();

  @Test
  void tryAcquireAsksForASessionOwnedExclusiveApplockWithoutWaiting() throws SQLException {
    FakeCall granted = new FakeCall(0);
    LockTarget target = new LockTarget("dbmigrate:app:dbo:dbmigrate_versions", "x");

    assertThat(lock.tryAcquire(granted.connection(), target)).isPresent();

    assertThat(granted.sql).containsExactly("{? = call sp_getapplock(?, ?, ?, ?)}");
    assertThat(granted.parameters.values()).containsExactly(SqlServerAppLock.resource(target),
        "Exclusive", "Session", 0);
    assertThat(lock.tryAcquire(new FakeCall(1).connection(), target)).isPresent();
    assertThat(lock.tryAcquire(new FakeCall(-1).connection(), target)).isEmpty();
  }

  @Test
  void negativeReturnCodesOtherThanTimeoutAreErrors() {
    assertThatThrownBy(() -> SqlServerAppLock.lockGranted(-2)).hasMessageContaining("-2: the lock request was cancelled");
    assertThatThrownBy(() -> SqlServerAppLock.lockGranted(-3)).hasMessageContaining("deadlock victim");
    assertThatThrownBy(() -> SqlServerAppLock.lockGranted(-999)).hasMessageContaining("parameter validation");
    assertThatThrownBy(() -> SqlServerAppLock.lockGranted(-7)).hasMessageContaining("undocumented");
  }

  @Test
  void unlockReleasesTheSessionsApplock() throws SQLException {
    FakeCall release = new FakeCall(0);
    LockTarget target = new LockTarget("dbmigrate:app:dbo:dbmigrate_versions", "x");

    SqlServerAppLock.release(release.connection(), target);

    assertThat(release.sql).containsExactly("{? = call sp_releaseapplock(?, ?)}");
    assertThat(release.parameters.values()).containsExactly(SqlServerAppLock.resource(target), "Session");
  }

  @Test
  void resourceNamesAreUniqueWithinTheThirtyTwoCharactersTheLockViewsShow() {
    String longTable = "t".repeat(300);
    String a = SqlServerAppLock.resource(new LockTarget("dbmigrate:app:dbo:" + longTable + "a", null));
    String b = SqlServerAppLock.resource(new LockTarget("dbmigrate:app:dbo:" + longTable + "b", null));

    assertThat(a).hasSize(255).startsWith("dbmigrate:");
    assertThat(a.substring(0, 32)).isNotEqualTo(b.substring(0, 32));
    assertThat(SqlServerAppLock.resource(new LockTarget("dbmigrate:app:dbo:v", null)))
        .matches("dbmigrate:[0-9a-f]{22}:dbmigrate:app:dbo:v");
  }
}
