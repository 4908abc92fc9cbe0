package io.github.dbmigrate.engine.lock;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * How one database takes the migration lock. Each strategy tries once, without waiting; the caller
 * ({@code run.MigrationLock}) polls, names the holder while it waits and gives up after the timeout.
 * Every lock is taken on a connection used for nothing else, and the server releases it when that
 * connection dies.
 */
public interface LockStrategy {

  /**
   * Readies the lock connection once, before the first try: keeps the server from ending it for
   * being idle (it is, while the migrations run on the work connection) where a session may say so.
   */
  default void prepare(Connection lockConnection) throws SQLException {}

  /** Tries once to take the lock; empty when another run holds it. */
  Optional<HeldLock> tryAcquire(Connection lockConnection, LockTarget target) throws SQLException;

  /** Who holds the lock, as far as the server tells: pid, application, client, since when. */
  Optional<String> holder(Connection lockConnection, LockTarget target);

  /**
   * Whether the lock lives in a table it creates when missing ({@link LockTarget#lockTableSql()}); a
   * dry run skips such a lock while the table does not exist, so that it changes nothing.
   */
  boolean needsTable();
}
