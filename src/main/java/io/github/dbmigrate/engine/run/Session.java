package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.Durations;
import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.EngineEvent.Summary;
import io.github.dbmigrate.engine.EngineListener;
import io.github.dbmigrate.engine.dialect.Dialect;
import io.github.dbmigrate.engine.files.Direction;
import io.github.dbmigrate.engine.history.AppliedVersion;
import io.github.dbmigrate.engine.history.HistoryTable;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The connection, history table and listener of one run under the lock (see {@link LockedRun}). */
final class Session {

  final EngineConfig config;
  final EngineListener listener;
  final Dialect dialect;
  final HistoryTable history;
  final Connection work;
  final Duration lockWait;
  /** Set in a dry run, which writes statements instead of running them. */
  final DryRun dryRun;
  private final long start;
  List<String> outOfOrder = List.of();

  Session(EngineConfig config, EngineListener listener, Dialect dialect, HistoryTable history,
      Connection work, Duration lockWait, DryRun dryRun, long start) {
    this.config = config;
    this.listener = listener;
    this.dialect = dialect;
    this.history = history;
    this.work = work;
    this.lockWait = lockWait;
    this.dryRun = dryRun;
    this.start = start;
  }

  /** The recorded versions, re-read under the lock. */
  Map<String, AppliedVersion> applied() {
    return history.read(work);
  }

  /** Where planned scripts go: the database, or the dry run's statement list; {@code goal} names the run. */
  Execution executor(String goal) {
    if (dryRun != null) {
      return dryRun;
    }
    return new ScriptExecutor(dialect, history, config, listener).forGoal(goal);
  }

  /** Logs the run's summary line (a dry run logs its own) and builds the result. */
  RunResult finish(Direction direction, List<RunResult.Step> done, String verb) {
    Duration total = Duration.ofNanos(System.nanoTime() - start);
    if (!done.isEmpty() && dryRun == null) {
      long migrations = done.stream().map(RunResult.Step::version).distinct().count();
      String summary = verb + " " + migrations + " migration(s) in " + Durations.format(total)
          + (outOfOrder.isEmpty() ? "" : " (" + outOfOrder.size() + " out of order)") + ".";
      listener.on(new Summary(config.target().name(), summary));
    }
    return new RunResult(direction, done, outOfOrder, lockWait, total);
  }

  /** Tells the listener the summary of a run that had nothing to do. */
  void nothingToDo(String summary) {
    listener.on(new Summary(config.target().name(), summary));
  }
}
