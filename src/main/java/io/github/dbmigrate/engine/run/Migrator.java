package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.DbMigrateException;
import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.EngineEvent;
import io.github.dbmigrate.engine.EngineEvent.Kind;
import io.github.dbmigrate.engine.EngineListener;
import io.github.dbmigrate.engine.db.ConnectionFactory;
import io.github.dbmigrate.engine.db.DatabaseCreator;
import io.github.dbmigrate.engine.dialect.Dialect;
import io.github.dbmigrate.engine.dialect.Dialects;
import io.github.dbmigrate.engine.files.Direction;
import io.github.dbmigrate.engine.files.Migration;
import io.github.dbmigrate.engine.files.MigrationScanner;
import io.github.dbmigrate.engine.files.MigrationSet;
import io.github.dbmigrate.engine.files.Script;
import io.github.dbmigrate.engine.history.AppliedVersion;
import io.github.dbmigrate.engine.history.HistoryTable;
import io.github.dbmigrate.engine.report.ReportFiles;
import io.github.dbmigrate.engine.report.RunReport;
import io.github.dbmigrate.engine.status.MigrationState;
import io.github.dbmigrate.engine.status.StatusReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The engine's entry point: {@link #up}, {@link #down} and {@link #status}. Files are checked before
 * the database is touched; {@code up} and {@code down} hold the database lock for the whole run and
 * re-read the history after taking it. Every call writes a report (see {@link ReportFiles}).
 */
public final class Migrator {

  private final EngineConfig config;
  private final EngineListener listener;

  public Migrator(EngineConfig config, EngineListener listener) {
    this.config = config;
    this.listener = listener;
  }

  /** Applies every pending migration in version order (or, in a dry run, writes what it would run). */
  public RunResult up() {
    RunReport report = ReportFiles.start(config, "up");
    return ReportFiles.around(config, listener, report, () -> {
      Background<MigrationSet> scanning = scanInBackground();
      if (config.options().createDatabase() && !config.options().dryRun()) {
        scanning.join(); // bad files stop us before any database work
        DatabaseCreator.createIfMissing(config.target(), listener);
      }
      return new LockedRun(config, listener, report).beforeLocking(scanning::join).run(Direction.UP.label(), session -> {
        MigrationSet files = scanning.join();
        Map<String, AppliedVersion> applied = session.applied();
        List<Migration> pending = Planner.pending(files, applied);
        session.outOfOrder = UpChecks.check(session, files, applied, pending);
        if (pending.isEmpty()) {
          String newest = Planner.newest(applied);
          session.nothingToDo("Database is up to date: " + applied.size() + " version(s) applied"
              + (newest == null ? "" : ", newest " + newest) + ".");
          return session.finish(Direction.UP, List.of(), "Applied");
        }
        List<Script> scripts = pending.stream().map(m -> m.script(Direction.UP)).toList();
        return session.finish(Direction.UP, session.executor().run(session.work, scripts, applied), "Applied");
      });
    });
  }

  /** Rolls back the {@code steps} newest versions, or every version newer than {@code to}. */
  public RunResult down(int steps, String to) {
    RunReport report = ReportFiles.start(config, "down");
    return ReportFiles.around(config, listener, report, () -> {
      MigrationSet files = MigrationScanner.scan(config.dirs());
      return new LockedRun(config, listener, report).run(Direction.DOWN.label(), session -> {
        Map<String, AppliedVersion> applied = session.applied();
        DestructiveGuard.check("down", config.options(), applied, listener);
        List<Migration> plan = Planner.toRollBack(files, applied, steps, to);
        if (plan.isEmpty()) {
          session.nothingToDo("Nothing to roll back: no applied version is newer than " + to + ".");
          return session.finish(Direction.DOWN, List.of(), "Rolled back");
        }
        List<Script> scripts = plan.stream().map(m -> m.script(Direction.DOWN)).toList();
        return session.finish(Direction.DOWN, session.executor().run(session.work, scripts, applied),
            "Rolled back");
      });
    });
  }

  /** Compares files and history; writes {@code status.json} to the report directory. */
  public StatusReport status() {
    RunReport run = ReportFiles.start(config, "status");
    return ReportFiles.around(config, listener, run, () -> {
      Background<MigrationSet> scanning = scanInBackground();
      Map<String, AppliedVersion> applied;
      try {
        applied = readHistory(config, "status");
      } catch (RuntimeException e) {
        scanning.join(); // bad files are named first, as when nothing overlapped
        throw e;
      }
      MigrationSet files = scanning.join();
      StatusReport report = new StatusReport(config.target().safeUrl(), config.table().toString(),
          StateComparison.rows(files, applied));
      report.tableLines().forEach(line -> listener.on(EngineEvent.info(Kind.STATUS_LINE, line)));
      listener.on(EngineEvent.info(Kind.SUMMARY, report.summary() + "."));
      report.rows().stream().filter(r -> r.state() == MigrationState.CHANGED)
          .forEach(r -> run.drift(r.version() + " " + r.name() + ": file changed since it was applied"));
      run.summary(report.summary() + ".");
      write(config.reportDir().resolve("status.json"), report.toJson());
      return report;
    });
  }

  /** Reads the migration files while this thread connects and reads the history. */
  private Background<MigrationSet> scanInBackground() {
    return Background.start("reading the migration files", () -> MigrationScanner.scan(config.dirs()));
  }

  /** The recorded versions, read without the lock and without creating the table. */
  static Map<String, AppliedVersion> readHistory(EngineConfig config, String purpose) {
    Dialect dialect = Dialects.forUrl(config.target().jdbcUrl());
    ConnectionFactory db = new ConnectionFactory(config.target(), dialect);
    HistoryTable history = new HistoryTable(dialect, config.table());
    try (Connection work = db.open(purpose)) {
      return history.read(work);
    } catch (SQLException e) {
      throw new DbMigrateException(config.target().mask("Cannot read the history: " + e.getMessage()));
    }
  }

  private void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DbMigrateException("Cannot write " + file + ": " + e.getMessage());
    }
  }

}
