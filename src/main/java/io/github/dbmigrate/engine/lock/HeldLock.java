package io.github.dbmigrate.engine.lock;

import java.sql.SQLException;

/**
 * A migration lock this run holds: asked before each migration whether it is still held, released by
 * {@link #close()}. Each strategy builds its own handle, which knows how its lock was taken (Oracle's
 * named lock or its row-lock fallback, say).
 */
public interface HeldLock extends AutoCloseable {

  /**
   * Whether this run still holds the lock, asked on the lock's connection: false, or a failure, once
   * the server has ended that session (an idle timeout, a kill, a restart) and so released the lock.
   */
  boolean stillHeld() throws SQLException;

  /** Releases the lock; the caller closes the lock connection afterwards either way. */
  @Override
  void close() throws SQLException;

  /** A question to the server that may fail. */
  @FunctionalInterface
  interface Check {
    boolean ask() throws SQLException;
  }

  /** Something done on the server that may fail. */
  @FunctionalInterface
  interface Action {
    void run() throws SQLException;
  }

  /** The handle that asks {@code stillHeld} and runs {@code release}. */
  static HeldLock of(Check stillHeld, Action release) {
    return new HeldLock() {
      @Override
      public boolean stillHeld() throws SQLException {
        return stillHeld.ask();
      }

      @Override
      public void close() throws SQLException {
        release.run();
      }
    };
  }
}
