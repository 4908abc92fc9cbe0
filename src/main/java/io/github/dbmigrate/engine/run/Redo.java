package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.Goal;
import io.github.dbmigrate.engine.event.EngineEvent.Level;
import io.github.dbmigrate.engine.event.EngineListener;
import io.github.dbmigrate.engine.event.Note;
import io.github.dbmigrate.engine.files.Direction;
import io.github.dbmigrate.engine.files.Migration;
import io.github.dbmigrate.engine.files.MigrationSet;
import io.github.dbmigrate.engine.files.Script;
import io.github.dbmigrate.engine.history.AppliedVersion;
import io.github.dbmigrate.engine.report.ReportFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rolls back the newest applied versions and applies them again, to test a down script. Both halves
 * go to one executor call, so in {@code txnMode=all} the whole redo is one transaction: where
 * DDL is transactional, a failing up script leaves the database as it was before the redo.
 */
public final class Redo {

  private final EngineConfig config;

  /** Runs as {@code config} says, its events going to the configuration's listener. */
  public Redo(EngineConfig config) {
    this.config = config;
  }

  /** Runs as {@code config} says, its events going to {@code listener}. */
  public Redo(EngineConfig config, EngineListener listener) {
    this(config.withListener(listener));
  }

  /** Redoes the {@code steps} newest applied versions (all of them, saying so, when fewer are applied). */
  public RunResult run(int steps) {
    return ReportFiles.around("redo", config, listener -> {
      MigrationSet files = config.sources().files(config.frontEnd());
      // before anything changes: the guard of protected environments, then the lint of what it would
      // roll back and apply again (whose advice to allow or warn must not come first on production)
      LockedRun locked = new LockedRun(config, listener).beforeChanging((applied, dialect, work) -> {
        DestructiveGuard.check(Goal.REDO, config, applied, listener);
        PendingLint.check(config, listener, Goal.REDO, dialect, work, files,
            Planner.toRollBack(files, applied, Limit.steps(steps), config.frontEnd()), true);
      });
      return locked.run("redo", session -> {
        Map<String, AppliedVersion> applied = session.applied();
        Limit limit = Limit.steps(steps);
        List<Migration> newestFirst = Planner.toRollBack(files, applied, limit, config.frontEnd());
        if (newestFirst.isEmpty()) {
          session.nothingToDo("Nothing to redo: no version is applied.");
          return session.finish(Direction.UP, List.of(), "Rolled back and re-applied");
        }
        Planner.stepsBeyondApplied(limit, applied, config.frontEnd())
            .ifPresent(note -> listener.on(new Note(config.target().name(), Level.INFO, note)));
        List<Script> scripts = new ArrayList<>();
        newestFirst.forEach(m -> scripts.add(m.script(Direction.DOWN)));
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
          scripts.add(newestFirst.get(i).script(Direction.UP));
        }
        return session.finish(Direction.UP, session.executor("redo").run(session.work(), scripts, applied),
            "Rolled back and re-applied");
      });
    });
  }
}
