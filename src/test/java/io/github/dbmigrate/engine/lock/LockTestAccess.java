package io.github.dbmigrate.engine.lock;

/** Lets tests outside the package compute the lock names and keys the lock strategies use. */
public final class LockTestAccess {

  private LockTestAccess() {}

  public static String mysqlLockName(String lockName) {
    return MySqlNamedLock.lockName(new LockTarget(lockName, null));
  }

  public static long postgresLockKey(String lockName) {
    return PostgresAdvisoryLock.lockKey(lockName);
  }
}
