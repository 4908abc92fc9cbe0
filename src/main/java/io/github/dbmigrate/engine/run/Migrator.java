package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.DbMigrateException;
import io.github.dbmigrate.engine.Durations;
import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.EngineEvent;
import io.github.dbmigrate.engine.EngineEvent.Kind;
import io.github.dbmigrate.engine.EngineListener;
import io.github.dbmigrate.engine.TxnMode;
import io.github.dbmigrate.engine.db.ConnectionFactory;
import io.github.dbmigrate.engine.dialect.Dialect;
import io.github.dbmigrate.engine.dialect.Dialects;
import io.github.dbmigrate.engine.dialect.LockTarget;
import io.github.dbmigrate.engine.files.Direction;
import io.github.dbmigrate.engine.files.Migration;
import io.github.dbmigrate.engine.files.MigrationScanner;
import io.github.dbmigrate.engine.files.MigrationSet;
import io.github.dbmigrate.engine.files.Script;
import io.github.dbmigrate.engine.history.AppliedVersion;
import io.github.dbmigrate.engine.history.HistoryTable;
import io.github.dbmigrate.engine.status.StatusReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The engine's entry point: {@link #up}, {@link #down} and {@link #status}. Files are checked before
 * the database is touched; {@code up} and {@code down} hold the database lock for the whole run and
 * re-read the history after taking it.
 */
public final class Migrator {

  private final EngineConfig config;
  private final EngineListener listener;

  public Migrator(EngineConfig config, EngineListener listener) {
    this.config = config;
    this.listener = listener;
  }

  /** Applies every pending migration in version order. */
  public RunResult up() {
    MigrationSet files = MigrationScanner.scan(config.dirs());
    return locked((session) -> {
      Map<String, AppliedVersion> applied = session.history.read(session.work);
      List<Migration> pending = Planner.pending(files, applied);
      String newest = Planner.newest(applied);
      if (pending.isEmpty()) {
        listener.on(EngineEvent.info(Kind.SUMMARY, "Database is up to date: " + applied.size()
            + " version(s) applied" + (newest == null ? "" : ", newest " + newest) + "."));
        return List.of();
      }
      List<Script> scripts = pending.stream().map(m -> m.script(Direction.UP)).toList();
      List<String> outOfOrder = new ArrayList<>();
      for (Migration m : pending) {
        if (newest != null && m.version().compareTo(newest) < 0) {
          outOfOrder.add(m.version());
          listener.on(EngineEvent.warn(Kind.OUT_OF_ORDER, m.upFileName()
              + " is older than the newest applied version " + newest + "; applying it out of order."));
        }
      }
      session.outOfOrder = outOfOrder;
      return new ScriptExecutor(session.dialect, session.history, config, listener)
          .run(session.work, scripts, applied);
    }, Direction.UP);
  }

  /** Rolls back the {@code steps} newest versions, or every version newer than {@code to}. */
  public RunResult down(int steps, String to) {
    MigrationSet files = MigrationScanner.scan(config.dirs());
    return locked((session) -> {
      Map<String, AppliedVersion> applied = session.history.read(session.work);
      List<Migration> plan = Planner.toRollBack(files, applied, steps, to);
      if (plan.isEmpty()) {
        listener.on(EngineEvent.info(Kind.SUMMARY, "Nothing to roll back: no applied version is newer than "
            + to + "."));
        return List.of();
      }
      List<Script> scripts = plan.stream().map(m -> m.script(Direction.DOWN)).toList();
      return new ScriptExecutor(session.dialect, session.history, config, listener)
          .run(session.work, scripts, applied);
    }, Direction.DOWN);
  }

  /** Compares files and history; writes {@code status.json} to the report directory. */
  public StatusReport status() {
    MigrationSet files = MigrationScanner.scan(config.dirs());
    Dialect dialect = Dialects.forUrl(config.target().jdbcUrl());
    ConnectionFactory db = new ConnectionFactory(config.target(), dialect);
    HistoryTable history = new HistoryTable(dialect, config.table());
    Map<String, AppliedVersion> applied;
    try (Connection work = db.open("status")) {
      applied = history.read(work);
    } catch (SQLException e) {
      throw new DbMigrateException(config.target().mask("Cannot read the status: " + e.getMessage()));
    }
    StatusReport report = new StatusReport(config.target().safeUrl(), config.table().toString(),
        StateComparison.rows(files, applied));
    report.tableLines().forEach(line -> listener.on(EngineEvent.info(Kind.STATUS_LINE, line)));
    listener.on(EngineEvent.info(Kind.SUMMARY, report.summary() + "."));
    write(config.reportDir().resolve("status.json"), report.toJson());
    return report;
  }

  private void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DbMigrateException("Cannot write " + file + ": " + e.getMessage());
    }
  }

  /** Opens the work connection, takes the lock, ensures the history table, runs, and reports. */
  private RunResult locked(SessionWork work, Direction direction) {
    Dialect dialect = Dialects.forUrl(config.target().jdbcUrl());
    ConnectionFactory db = new ConnectionFactory(config.target(), dialect);
    HistoryTable history = new HistoryTable(dialect, config.table());
    long start = System.nanoTime();
    try (Connection connection = db.open(direction.label())) {
      Session session = new Session(dialect, history, connection);
      MigrationLock lock = config.noLock() ? null : lock(dialect, db, connection, history);
      try {
        connection.setAutoCommit(true);
        history.ensure(connection);
        List<RunResult.Step> done = work.run(session);
        Duration total = Duration.ofNanos(System.nanoTime() - start);
        if (!done.isEmpty()) {
          listener.on(EngineEvent.info(Kind.SUMMARY, (direction == Direction.UP ? "Applied " : "Rolled back ")
              + done.size() + " migration(s) in " + Durations.format(total)
              + (session.outOfOrder.isEmpty() ? "" : " (" + session.outOfOrder.size() + " out of order)")
              + "."));
        }
        return new RunResult(direction, done, session.outOfOrder,
            lock == null ? Duration.ZERO : lock.waited(), total);
      } finally {
        if (lock != null) {
          lock.close();
        }
      }
    } catch (SQLException e) {
      throw new DbMigrateException(config.target().mask("Database error: " + e.getMessage()
          + " (SQLSTATE " + e.getSQLState() + ")."));
    }
  }

  private MigrationLock lock(Dialect dialect, ConnectionFactory db, Connection work, HistoryTable history)
      throws SQLException {
    String schema = config.table().schema() != null ? config.table().schema() : work.getSchema();
    LockTarget target = new LockTarget("dbmigrate:" + work.getCatalog() + ":" + schema + ":"
        + config.table().table(), config.table().withSuffix("_lock").sql(dialect));
    return MigrationLock.acquire(dialect, db.open("lock"), target, config.lockTimeout(), listener);
  }

  /** The connections and knowledge of one locked run. */
  private static final class Session {
    final Dialect dialect;
    final HistoryTable history;
    final Connection work;
    List<String> outOfOrder = List.of();

    Session(Dialect dialect, HistoryTable history, Connection work) {
      this.dialect = dialect;
      this.history = history;
      this.work = work;
    }
  }

  @FunctionalInterface
  private interface SessionWork {
    List<RunResult.Step> run(Session session) throws SQLException;
  }

  /** Whether any pending script must run outside a transaction; used by {@link TxnMode#ALL} checks. */
  static List<String> noDbTxnFiles(List<Script> scripts) {
    return scripts.stream().filter(Script::noDbTxn).map(Script::fileName).toList();
  }
}
