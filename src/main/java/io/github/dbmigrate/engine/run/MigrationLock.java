package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.DatabaseError;
import io.github.dbmigrate.engine.Durations;
import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.Interrupted;
import io.github.dbmigrate.engine.LockTimeout;
import io.github.dbmigrate.engine.Setting;
import io.github.dbmigrate.engine.db.SqlStates;
import io.github.dbmigrate.engine.dialect.Dialect;
import io.github.dbmigrate.engine.dialect.TableName;
import io.github.dbmigrate.engine.event.EngineListener;
import io.github.dbmigrate.engine.event.LockAcquired;
import io.github.dbmigrate.engine.event.LockWaiting;
import io.github.dbmigrate.engine.lock.HeldLock;
import io.github.dbmigrate.engine.lock.LockStrategy;
import io.github.dbmigrate.engine.lock.LockTarget;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * The database lock that serialises concurrent runs, held on a connection of its own for the whole
 * run. Taken by polling a non-blocking try, so that a waiting run never holds anything the holder's
 * migrations might wait for; released by the server if this process dies.
 */
public final class MigrationLock implements AutoCloseable {

  private static final Duration REPEAT_HOLDER_EVERY = Duration.ofSeconds(30);

  /** The strategy's handle, asked before each migration whether the lock is still held. */
  private final HeldLock held;
  private final Connection connection;
  private final Duration waited;

  private MigrationLock(HeldLock held, Connection connection, Duration waited) {
    this.held = held;
    this.connection = connection;
    this.waited = waited;
  }

  /**
   * Takes the lock or throws once {@code timeout} has passed; the connection is closed on failure.
   * Events name {@code targetName}, the database's name as its target gives it.
   */
  public static MigrationLock acquire(LockStrategy strategy, Connection connection, LockTarget target,
      Duration timeout, FrontEnd words, EngineListener listener, String targetName) {
    long start = System.nanoTime();
    long deadline = start + timeout.toNanos();
    long nextHolderReport = start;
    long pause = 50;
    String holder = "another run";
    Optional<HeldLock> held;
    try {
      strategy.prepare(connection);
      while ((held = strategy.tryAcquire(connection, target)).isEmpty()) {
        long now = System.nanoTime();
        if (now - nextHolderReport >= 0) {
          holder = strategy.holder(connection, target).orElse("another run (the server does not say who)");
          listener.on(new LockWaiting(targetName, holder, timeout));
          nextHolderReport = now + REPEAT_HOLDER_EVERY.toNanos();
        }
        if (now - deadline >= 0) {
          throw new LockTimeout(holder, timeout, "Gave up waiting for the migration lock after "
              + Durations.format(timeout) + "; it is held by " + holder + ". Nothing was changed."
              + " Let the other run finish, or raise " + words.setting(Setting.LOCK_TIMEOUT) + ".");
        }
        Thread.sleep(Math.min(pause, Math.max(1, (deadline - now) / 1_000_000)));
        pause = Math.min(pause * 2, 1000);
      }
    } catch (SQLException e) {
      closeQuietly(connection);
      throw new DatabaseError(SqlStates.append("Cannot take the migration lock: " + e.getMessage(), e) + ".", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closeQuietly(connection);
      throw new Interrupted("Interrupted while waiting for the migration lock.", e);
    } catch (RuntimeException e) {
      closeQuietly(connection);
      throw e;
    }
    Duration waited = Duration.ofNanos(System.nanoTime() - start);
    listener.on(new LockAcquired(targetName, waited));
    return new MigrationLock(held.get(), connection, waited);
  }

  /**
   * What a run on {@code table} (the history table the run resolved, see {@code
   * history.HistoryLookup}) locks: the lock's name and, for row locks, the table beside it. One place,
   * so that {@code doctor} tries the very lock a run takes.
   */
  public static LockTarget target(Dialect dialect, Connection work, TableName table, FrontEnd words)
      throws SQLException {
    return new LockTarget(lockName(work, table), lockTable(table, words).sql(dialect));
  }

  /** The one-row table beside the history table {@code table} that row locks (H2, Oracle's fallback) use. */
  public static TableName lockTable(TableName table, FrontEnd words) {
    return table.withSuffix("_lock", words);
  }

  /**
   * The lock's name, from the history table the run resolved, so that every run on one table takes
   * one lock however it was configured. A key every run (of any version and front end) must spell
   * alike, not a message: never reworded. It is the form runs without a configured schema always
   * used: the database, then the schema where the database has both (MySQL has databases only), then
   * the table, plain words in lower case (Public = public).
   */
  private static String lockName(Connection work, TableName table) throws SQLException {
    String schema = table.schema() == null ? null : TableName.folded(table.schema());
    String catalog = work.getCatalog();
    boolean schemasInDatabases = work.getSchema() != null; // PostgreSQL, SQL Server; not MySQL
    String place = schema == null ? catalog + (schemasInDatabases ? ":" + work.getSchema() : "")
        : schemasInDatabases ? catalog + ":" + schema : schema;
    return "dbmigrate:" + place + ":" + TableName.folded(table.table());
  }

  public Duration waited() {
    return waited;
  }

  /**
   * Why the lock is no longer held, asked on its connection: empty while it is. Its session may have
   * been ended by the server (an idle timeout, a kill, a restart); another run may then hold it.
   */
  public Optional<String> lost() {
    try {
      return held.stillHeld() ? Optional.empty()
          : Optional.of("the server says this run's session no longer holds it");
    } catch (SQLException e) {
      return Optional.of(SqlStates.append("its connection failed: " + e.getMessage(), e));
    }
  }

  @Override
  public void close() {
    try {
      held.close();
    } catch (SQLException e) {
      // closing the connection below releases the lock all the same
    } finally {
      closeQuietly(connection);
    }
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      // nothing left to release
    }
  }
}
