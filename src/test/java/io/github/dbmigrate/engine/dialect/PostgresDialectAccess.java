package io.github.dbmigrate.engine.dialect;

/** Lets tests outside the package compute the advisory lock key. */
public final class PostgresDialectAccess {

  private PostgresDialectAccess() {}

  public static long lockKey(String lockName) {
    return PostgresDialect.lockKey(lockName);
  }
}
