package io.github.dbmigrate.engine.lock;

import java.sql.SQLException;

/**
 * A migration lock this run holds, released by {@link #close()}. Each strategy returns its own
 * handle, which knows how its lock was taken (Oracle's named lock or its row-lock fallback, say).
 *
 * <p>Checking that the lock is still held before each migration (the lock connection may have been
 * dropped) belongs here, as a further method every handle answers; callers hold a {@code HeldLock}
 * already and need not change.
 */
public interface HeldLock extends AutoCloseable {

  /** Releases the lock; the caller closes the lock connection afterwards either way. */
  @Override
  void close() throws SQLException;
}
