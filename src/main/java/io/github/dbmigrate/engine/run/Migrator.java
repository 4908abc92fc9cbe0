package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.DatabaseError;
import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.FileProblem;
import io.github.dbmigrate.engine.Goal;
import io.github.dbmigrate.engine.Paths;
import io.github.dbmigrate.engine.Setting;
import io.github.dbmigrate.engine.Sources;
import io.github.dbmigrate.engine.db.ConnectionFactory;
import io.github.dbmigrate.engine.db.DatabaseCreator;
import io.github.dbmigrate.engine.db.DatabaseTarget;
import io.github.dbmigrate.engine.db.SqlStates;
import io.github.dbmigrate.engine.dialect.Dialect;
import io.github.dbmigrate.engine.dialect.Dialects;
import io.github.dbmigrate.engine.dialect.TableName;
import io.github.dbmigrate.engine.event.DriftFound;
import io.github.dbmigrate.engine.event.EngineEvent.Level;
import io.github.dbmigrate.engine.event.EngineListener;
import io.github.dbmigrate.engine.event.Note;
import io.github.dbmigrate.engine.event.StatusLine;
import io.github.dbmigrate.engine.event.Summary;
import io.github.dbmigrate.engine.files.Direction;
import io.github.dbmigrate.engine.files.Migration;
import io.github.dbmigrate.engine.files.MigrationSet;
import io.github.dbmigrate.engine.files.Script;
import io.github.dbmigrate.engine.history.AppliedVersion;
import io.github.dbmigrate.engine.history.HistoryLookup;
import io.github.dbmigrate.engine.history.HistoryTable;
import io.github.dbmigrate.engine.report.ReportFiles;
import io.github.dbmigrate.engine.sql.SplitRules;
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

  /** What {@link #status} writes to the report directory. */
  public static final String STATUS_FILE = "status.json";

  private final EngineConfig config;

  /** Runs as {@code config} says, its events going to the configuration's listener. */
  public Migrator(EngineConfig config) {
    this.config = config;
  }

  /** Runs as {@code config} says, its events going to {@code listener}. */
  public Migrator(EngineConfig config, EngineListener listener) {
    this(config.withListener(listener));
  }

  /** Applies every pending migration in version order (or, in a dry run, writes what it would run). */
  public RunResult up() {
    return up(Limit.NONE);
  }

  /**
   * Applies the pending migrations {@code limit} chooses, in version order: every one, the
   * {@code steps} oldest, or those up to and including {@code to}, which must be a file's version.
   */
  public RunResult up(Limit limit) {
    return ReportFiles.around("up", config, listener -> {
      limit.check(config.frontEnd());
      Background<MigrationSet> scanning = scanInBackground(config);
      PendingLint.ReadAhead lintReading = PendingLint.prepare(config, scanning);
      if (config.options().createDatabase() && !config.options().dryRun()) {
        // bad files and an unknown target stop us before any database work
        Planner.checkUpTarget(scanning.join(), limit, config.frontEnd());
        DatabaseCreator.createIfMissing(config.target(), config.frontEnd(), listener);
      }
      return new LockedRun(config, listener)
          .beforeLocking(() -> Planner.checkUpTarget(scanning.join(), limit, config.frontEnd()))
          .beforeChanging((applied, dialect, work) -> {
            List<Migration> toRun = Planner.toApply(Planner.pending(scanning.join(), applied), limit);
            PendingLint.check(config, listener, Goal.UP, dialect, work, scanning.join(), toRun, false,
                lintReading.forRunning(toRun));
          })
          .run(Direction.UP.label(), session -> {
            MigrationSet files = scanning.join();
            Map<String, AppliedVersion> applied = session.applied();
            warnIfNoFiles(files, applied, listener);
            List<Migration> pending = Planner.pending(files, applied);
            List<Migration> chosen = Planner.toApply(pending, limit);
            List<String> outOfOrder = UpChecks.check(session, files, applied, chosen);
            if (pending.isEmpty()) {
              String newest = Planner.newest(applied);
              session.nothingToDo("Database is up to date: " + applied.size() + " version(s) applied"
                  + (newest == null ? "" : ", newest " + newest) + ".");
              return session.finish(Direction.UP, List.of(), "Applied", outOfOrder);
            }
            if (chosen.isEmpty()) {
              session.nothingToDo(Planner.nothingUpTo(pending, limit, config.frontEnd()));
              return session.finish(Direction.UP, List.of(), "Applied", outOfOrder);
            }
            Planner.upLimitNote(pending, chosen, limit, config.frontEnd())
                .ifPresent(note -> listener.on(new Note(config.target().name(), Level.INFO, note)));
            List<Script> scripts = chosen.stream().map(m -> m.script(Direction.UP)).toList();
            return session.finish(Direction.UP, session.executor("up").run(session.work(), scripts, applied),
                "Applied", outOfOrder);
          });
    });
  }

  /** Versions applied but no file found at all: most likely a mistyped directory, not "up to date". */
  private void warnIfNoFiles(MigrationSet files, Map<String, AppliedVersion> applied, EngineListener listener) {
    String newest = Planner.newest(applied);
    if (!files.all().isEmpty() || newest == null) {
      return;
    }
    List<String> dirs = config.sources().dirs().stream().map(Paths::located).toList();
    listener.on(new Note(config.target().name(), Level.WARN, "No migration files in " + String.join(", ", dirs)
        + ", but the database has " + Planner.versionsOnly(applied).size() + " version(s) applied (newest " + newest
        + "). Check " + config.frontEnd().setting(Setting.DIR) + " / " + config.frontEnd().setting(Setting.DIRS)
        + ": a mistyped directory reads as \"up to date\"."));
  }

  /** Rolls back the {@code steps} newest versions, or every version newer than {@code to} (see {@link #down(Limit)}). */
  public RunResult down(int steps, String to) {
    return down(to == null || to.isBlank() ? Limit.steps(steps) : Limit.to(to));
  }

  /**
   * Rolls back, newest first: the newest version ({@link Limit#NONE}), the {@code steps} newest (all of
   * them, saying so, when fewer are applied), every version newer than {@code to} ({@code to} stays
   * applied), or with {@code to=base} (or {@code 0}) every applied version.
   */
  public RunResult down(Limit limit) {
    return ReportFiles.around("down", config, listener -> {
      limit.check(config.frontEnd());
      MigrationSet files = config.sources().files(config.frontEnd());
      return new LockedRun(config, listener).run(Direction.DOWN.label(), session -> {
        Map<String, AppliedVersion> applied = session.applied();
        DestructiveGuard.check(Goal.DOWN, config, applied, listener);
        List<Migration> plan = Planner.toRollBack(files, applied, limit, config.frontEnd());
        if (plan.isEmpty()) {
          session.nothingToDo(Planner.newest(applied) == null ? "Nothing to roll back: no version is applied."
              : "Nothing to roll back: no applied version is newer than " + limit.to() + ".");
          return session.finish(Direction.DOWN, List.of(), "Rolled back");
        }
        Planner.stepsBeyondApplied(limit, applied, config.frontEnd())
            .ifPresent(note -> listener.on(new Note(config.target().name(), Level.INFO, note)));
        List<Script> scripts = plan.stream().map(m -> m.script(Direction.DOWN)).toList();
        return session.finish(Direction.DOWN, session.executor("down").run(session.work(), scripts, applied),
            "Rolled back");
      });
    });
  }

  /** Compares files and history; writes {@code status.json} to the report directory. */
  public StatusReport status() {
    return ReportFiles.around("status", config, listener -> {
      Background<MigrationSet> scanning = scanInBackground(config);
      ReadHistory history;
      try {
        history = readHistory(config, "status", listener);
      } catch (RuntimeException e) {
        scanning.join(); // bad files are named first, as when nothing overlapped
        throw e;
      }
      MigrationSet files = scanning.join();
      String target = config.target().name();
      StatusReport report = new StatusReport(config.target().database().safeUrl(),
          history.table().toString(), StateComparison.rows(files, history.applied()));
      report.tableLines().forEach(line -> listener.on(new StatusLine(target, line)));
      report.rows().stream().filter(r -> r.state() == MigrationState.CHANGED)
          .forEach(r -> listener.on(new DriftFound(target, r.version() + " " + r.name()
              + ": file changed since it was applied", false, config.frontEnd().setting(Setting.STRICT, "true"))));
      report.rows().stream().filter(r -> r.state() == MigrationState.NOT_A_VERSION)
          .forEach(r -> listener.on(new Note(target, Level.WARN, Verifier.notAVersion(r, history.table(), config) + ".")));
      listener.on(new Summary(target, report.summary() + "."));
      write(config.outputs().file(STATUS_FILE), report.toJson());
      return report;
    });
  }

  /**
   * Reads the migration files while this thread connects and reads the history, unless the
   * configuration's sources were scanned already.
   */
  static Background<MigrationSet> scanInBackground(EngineConfig config) {
    Sources sources = config.sources();
    return sources.scanned().map(Background::done)
        .orElseGet(() -> Background.start("reading the migration files", () -> sources.files(config.frontEnd())));
  }

  /**
   * The history table a run without the lock found (see {@link HistoryLookup}), its rows, and how the
   * database's client splits scripts on that session (what {@code up} would use).
   */
  public record ReadHistory(TableName table, Map<String, AppliedVersion> applied, SplitRules splitRules) {}

  /**
   * The recorded versions, read without the lock and without creating the table; {@code listener} is
   * told which database and history table they come from.
   */
  public static ReadHistory readHistory(EngineConfig config, String purpose, EngineListener listener) {
    DatabaseTarget target = config.target().database();
    Dialect dialect = Dialects.forUrl(target.jdbcUrl());
    ConnectionFactory db = new ConnectionFactory(target, dialect, config.frontEnd());
    try (Connection work = db.open(purpose)) {
      TableName table = HistoryLookup.resolve(dialect, work, config.target().table(), config.frontEnd());
      listener.on(TargetLine.of(config, work, table));
      return new ReadHistory(table, new HistoryTable(dialect, table, config.frontEnd()).read(work),
          dialect.syntax().splitRules(work));
    } catch (SQLException e) {
      throw new DatabaseError(SqlStates.append("Cannot read the history: " + e.getMessage(), e) + ".", e);
    }
  }

  private void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new FileProblem(file, "Cannot write " + file + ": " + e.getMessage(), e);
    }
  }

}
