package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.Durations;
import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.dialect.Dialect;
import io.github.dbmigrate.engine.event.EngineEvent.Level;
import io.github.dbmigrate.engine.event.EngineListener;
import io.github.dbmigrate.engine.event.Note;
import io.github.dbmigrate.engine.event.NowAt;
import io.github.dbmigrate.engine.event.Summary;
import io.github.dbmigrate.engine.files.Direction;
import io.github.dbmigrate.engine.history.AppliedVersion;
import io.github.dbmigrate.engine.history.HistoryTable;
import io.github.dbmigrate.engine.session.SessionState;
import io.github.dbmigrate.engine.session.Variables;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The connection, history table and listener of one run under the lock (see {@link LockedRun}).
 * Immutable: what a goal learns during its work (the out-of-order versions, say) goes into
 * {@link #finish}, not into the session.
 */
final class Session {

  private final EngineConfig config;
  private final EngineListener listener;
  private final Dialect dialect;
  private final HistoryTable history;
  private final HistoryWriter historyWriter;
  private final Connection work;
  private final Duration lockWait;
  /** Null when the run goes without the lock (noLock, or a dry run before any lock table exists). */
  private final MigrationLock lock;
  /** Set in a dry run, which writes statements instead of running them. */
  private final DryRun dryRun;
  private final long start;
  private final SessionState.Saved startingState;

  /** {@code startingState}: the work session as it opened, which each migration starts from. */
  Session(EngineConfig config, EngineListener listener, Dialect dialect, HistoryTable history,
      Connection work, MigrationLock lock, DryRun dryRun, long start, SessionState.Saved startingState) {
    this.startingState = startingState;
    this.config = config;
    this.listener = listener;
    this.dialect = dialect;
    this.history = history;
    this.work = work;
    this.historyWriter = dryRun != null ? dryRun.historyWriter() : new TableHistoryWriter(history, work);
    this.lock = lock;
    this.lockWait = lock == null ? Duration.ZERO : lock.waited();
    this.dryRun = dryRun;
    this.start = start;
  }

  EngineConfig config() {
    return config;
  }

  /** Where the run's events go (the run's own listener, see ReportFiles). */
  EngineListener listener() {
    return listener;
  }

  HistoryTable history() {
    return history;
  }

  /** Where the run's changes to the history go: the table, or the dry run's statements. */
  HistoryWriter historyWriter() {
    return historyWriter;
  }

  /** The connection the scripts and history edits run on. */
  Connection work() {
    return work;
  }

  /** Whether this is a dry run, which writes statements instead of running them. */
  boolean isDryRun() {
    return dryRun != null;
  }

  /** The recorded versions, re-read under the lock. */
  Map<String, AppliedVersion> applied() {
    return history.read(work);
  }

  /**
   * Where planned scripts go: the database, or the dry run's statement list; {@code goal} names the
   * run. Says which transaction mode the run uses when the user gave none.
   */
  Execution executor(String goal) {
    TxnModeChoice.of(config.options(), dialect).announcement(dialect, config.frontEnd())
        .ifPresent(line -> listener.on(new Note(config.target().name(), Level.INFO, line)));
    Variables variables = config.target().variables();
    if (!variables.isEmpty()) {
      String first = variables.values().keySet().iterator().next();
      listener.on(new Note(config.target().name(), Level.INFO, "Variables set for each script: "
          + variables.describe() + " (a script reads " + first + " as "
          + dialect.session().variables().reading(first) + ")."));
    }
    if (dryRun != null) {
      return dryRun;
    }
    return new ScriptExecutor(dialect, history, historyWriter, config, listener, this::lockLost, startingState)
        .forGoal(goal);
  }

  /** Why the run's lock is no longer held; empty while it is, or when the run has none. */
  Optional<String> lockLost() {
    return lock == null ? Optional.empty() : lock.lost();
  }

  /** {@link #finish(Direction, List, String, List)} with no version out of order. */
  RunResult finish(Direction direction, List<RunResult.Step> done, String verb) {
    return finish(direction, done, verb, List.of());
  }

  /**
   * Logs the run's summary line and where the database now is (a dry run logs its own) and builds the
   * result; {@code outOfOrder}
   * lists the versions applied although older than the newest applied before.
   */
  RunResult finish(Direction direction, List<RunResult.Step> done, String verb, List<String> outOfOrder) {
    Duration total = Duration.ofNanos(System.nanoTime() - start);
    if (!done.isEmpty() && dryRun == null) {
      long migrations = done.stream().map(RunResult.Step::version).distinct().count();
      String summary = verb + " " + migrations + " migration(s) in " + Durations.format(total)
          + (outOfOrder.isEmpty() ? "" : " (" + outOfOrder.size() + " out of order)") + ".";
      listener.on(new Summary(config.target().name(), summary));
      Map<String, AppliedVersion> now = applied();
      listener.on(new NowAt(config.target().name(), Planner.newest(now), Planner.versionsOnly(now).size()));
    }
    return new RunResult(direction, done, outOfOrder, lockWait, total);
  }

  /** Tells the listener the summary of a run that had nothing to do. */
  void nothingToDo(String summary) {
    listener.on(new Summary(config.target().name(), summary));
  }
}
