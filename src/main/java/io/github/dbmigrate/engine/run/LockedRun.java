package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.BadSetting;
import io.github.dbmigrate.engine.DatabaseError;
import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.Goal;
import io.github.dbmigrate.engine.Setting;
import io.github.dbmigrate.engine.Target;
import io.github.dbmigrate.engine.db.ConnectionFactory;
import io.github.dbmigrate.engine.db.SqlStates;
import io.github.dbmigrate.engine.dialect.Dialect;
import io.github.dbmigrate.engine.dialect.Dialects;
import io.github.dbmigrate.engine.dialect.TableName;
import io.github.dbmigrate.engine.event.EngineEvent.Level;
import io.github.dbmigrate.engine.event.EngineListener;
import io.github.dbmigrate.engine.event.Note;
import io.github.dbmigrate.engine.event.WorkStarted;
import io.github.dbmigrate.engine.history.AppliedVersion;
import io.github.dbmigrate.engine.history.HistoryLookup;
import io.github.dbmigrate.engine.history.HistoryTable;
import io.github.dbmigrate.engine.lock.LockStrategy;
import io.github.dbmigrate.engine.lock.LockTarget;
import io.github.dbmigrate.engine.session.SessionState;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

/**
 * Opens the work connection, takes the lock on a connection of its own, ensures the history table and
 * hands a {@link Session} to the goal's work. In a dry run the history table is only read, never
 * created, and the dry run's statements are written once the work is done.
 */
final class LockedRun {

  private final EngineConfig config;
  private final Target target;
  private final EngineListener listener;
  private Runnable beforeLocking = () -> {};

  /** A run as {@code config} says, telling {@code listener} (the run's, see ReportFiles) what happens. */
  LockedRun(EngineConfig config, EngineListener listener) {
    this.config = config;
    this.target = config.target();
    this.listener = listener;
  }

  /**
   * Work that must succeed before the lock is taken and anything is changed, run once the work
   * connection is open (or has failed to open: its failure then comes first).
   */
  LockedRun beforeLocking(Runnable check) {
    this.beforeLocking = check;
    return this;
  }

  /**
   * A check under the lock before anything is changed, the history table not even created: it gets
   * the recorded versions (none when the table is missing), the dialect and the work connection.
   */
  @FunctionalInterface
  interface Check {
    void run(Map<String, AppliedVersion> applied, Dialect dialect, Connection work) throws SQLException;
  }

  private Check beforeChanging;

  /** Runs {@code check} under the lock before the history table is ensured and the work runs. */
  LockedRun beforeChanging(Check check) {
    this.beforeChanging = check;
    return this;
  }

  @FunctionalInterface
  interface Work<T> {
    T run(Session session) throws SQLException;
  }

  /**
   * Runs {@code work} under the lock, in named steps: open the work connection (file errors first),
   * pin the history table's schema, say which database and table the run uses, lock, ensure (in a dry run, probe) the history, run the work.
   */
  <T> T run(String purpose, Work<T> work) {
    boolean dryRun = config.options().dryRun();
    if (dryRun) {
      DryRun.forget(config);
    }
    long start = System.nanoTime();
    WorkConnection opened = openWorkConnection(purpose);
    try (Connection connection = opened.connection()) {
      SessionState.Saved startingState = opened.dialect().session().state().capture(connection);
      HistoryTable history = pinnedHistory(opened.dialect(), connection);
      listener.on(TargetLine.of(config, connection, history.name()));
      beforeLocking.run();
      MigrationLock lock = config.options().noLock() ? null
          : lock(opened.dialect(), opened.db(), connection, history.name());
      try {
        return underLock(purpose, work, opened.dialect(), history, connection, lock, start, startingState);
      } finally {
        if (lock != null) {
          lock.close();
        }
      }
    } catch (SQLException e) {
      throw new DatabaseError(SqlStates.append("Database error: " + e.getMessage(), e) + ".", e);
    }
  }

  /** The run's dialect, its connection factory and the open work connection. */
  private record WorkConnection(Dialect dialect, ConnectionFactory db, Connection connection) {}

  /**
   * Opens the work connection. When that fails, the work before locking runs first: its failure (a
   * malformed file, say) is the one to report.
   */
  private WorkConnection openWorkConnection(String purpose) {
    try {
      Dialect dialect = Dialects.forUrl(target.database().jdbcUrl());
      refuseWithoutLock(dialect, purpose);
      ConnectionFactory db = new ConnectionFactory(target.database(), dialect, config.frontEnd());
      return new WorkConnection(dialect, db, db.open(purpose));
    } catch (RuntimeException e) {
      beforeLocking.run();
      throw e;
    }
  }

  /** A database with no lock runs only when the user said no other run migrates it at the same time. */
  private void refuseWithoutLock(Dialect dialect, String purpose) {
    if (!config.options().noLock()) {
      dialect.whyNoLock().ifPresent(why -> {
        FrontEnd words = config.frontEnd();
        throw new BadSetting(Setting.NO_LOCK, why + " " + words.goal(Goal.of(purpose)) + " therefore runs only"
            + " with " + words.option(Setting.NO_LOCK, "true") + ", when you make sure no other run"
            + " migrates this database at the same time. Nothing was changed.");
      });
    }
  }

  /** The run's one history table (see {@link HistoryLookup}), found before anything else reads it. */
  private HistoryTable pinnedHistory(Dialect dialect, Connection connection) {
    return new HistoryTable(dialect, HistoryLookup.resolve(dialect, connection, target.table(), config.frontEnd()),
        config.frontEnd());
  }

  /**
   * Under the lock: ensures the history table (a dry run only probes it), runs the work and writes a
   * dry run's statements.
   */
  private <T> T underLock(String purpose, Work<T> work, Dialect dialect, HistoryTable history,
      Connection connection, MigrationLock lock, long start, SessionState.Saved startingState)
      throws SQLException {
    connection.setAutoCommit(true);
    if (beforeChanging != null) {
      beforeChanging.run(history.read(connection), dialect, connection);
    }
    DryRun preview = config.options().dryRun()
        ? new DryRun(config, listener, dialect, history, connection, purpose) : null;
    Session session = new Session(config, listener, dialect, history, connection, lock, preview, start,
        startingState);
    session.historyWriter().ensure();
    listener.on(new WorkStarted(target.name(), lock == null ? Duration.ZERO : lock.waited()));
    T result = work.run(session);
    if (preview != null) {
      preview.write();
    }
    return result;
  }

  private MigrationLock lock(Dialect dialect, ConnectionFactory db, Connection work, TableName table)
      throws SQLException {
    LockTarget lock = MigrationLock.target(dialect, work, table, config.frontEnd());
    // HistoryTable's probe tells whether any table exists, and that only "no such table" means no.
    LockStrategy strategy = dialect.lock().orElseThrow(); // a database without one stopped the run earlier
    if (config.options().dryRun() && strategy.needsTable()
        && !new HistoryTable(dialect, MigrationLock.lockTable(table, config.frontEnd()), config.frontEnd())
            .exists(work)) {
      // Taking this lock would create its table; a dry run must leave the catalog as it found it.
      listener.on(new Note(target.name(), Level.INFO, "Dry run: the lock table " + lock.lockTableSql()
          + " does not exist, so no run has held the lock yet; reading without it rather than create it."));
      return null;
    }
    return MigrationLock.acquire(strategy, db.open("lock"), lock, config.options().lockTimeout(),
        config.frontEnd(), listener, target.name());
  }
}
