package io.github.dbmigrate.engine.dialect;

/** Lets tests outside the package compute the lock names the dialects use. */
public final class DialectTestAccess {

  private DialectTestAccess() {}

  public static String mysqlLockName(String lockName) {
    return MySqlDialect.lockName(new LockTarget(lockName, null));
  }
}
