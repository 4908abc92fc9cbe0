package io.github.dbmigrate.engine.db;

import io.github.dbmigrate.engine.DatabaseUnavailable;
import io.github.dbmigrate.engine.Durations;
import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.Goal;
import io.github.dbmigrate.engine.Interrupted;
import io.github.dbmigrate.engine.Setting;
import io.github.dbmigrate.engine.Target;
import io.github.dbmigrate.engine.dialect.Dialect;
import io.github.dbmigrate.engine.dialect.Dialects;
import io.github.dbmigrate.engine.event.EngineListener;
import io.github.dbmigrate.engine.event.ServerAnswered;
import io.github.dbmigrate.engine.event.ServerWaiting;
import io.github.dbmigrate.engine.report.ReportFiles;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Waits until the database server accepts connections, for pipelines that start a database and
 * migrate at once. A server that answers "no such database" is up (the database may be created next);
 * refused credentials end the wait at once, since time does not fix them.
 */
public final class ServerWait {

  private static final Duration REPORT_EVERY = Duration.ofSeconds(5);
  private static final long PAUSE_MS = 500;

  private ServerWait() {}

  /** Returns how long it waited; throws once {@code timeout} has passed without the server answering. */
  public static Duration await(EngineConfig config, Duration timeout, EngineListener listener) {
    return ReportFiles.around("wait", config.withListener(listener),
        events -> poll(config.target(), config.frontEnd(), timeout, events));
  }

  private static Duration poll(Target where, FrontEnd words, Duration timeout, EngineListener listener) {
    DatabaseTarget target = where.database();
    Dialect dialect = Dialects.forUrl(target.jdbcUrl());
    ConnectionFactory db = new ConnectionFactory(target, dialect, words);
    long start = System.nanoTime();
    long nextReport = start;
    while (true) {
      SQLException failure;
      try (Connection ignored = db.connect("wait")) {
        Duration waited = Duration.ofNanos(System.nanoTime() - start);
        listener.on(new ServerAnswered(where.name(), target.safeUrl(), waited, null));
        return waited;
      } catch (SQLException e) {
        failure = e;
      }
      String state = failure.getSQLState() == null ? "" : failure.getSQLState();
      if (state.startsWith("28")) {
        throw new DatabaseUnavailable(db.describe(failure), failure);
      }
      if (dialect.errors().databaseMissing(failure)) {
        Duration waited = Duration.ofNanos(System.nanoTime() - start);
        listener.on(new ServerAnswered(where.name(), target.safeUrl(), waited,
            words.goal(Goal.UP) + " " + words.option(Setting.CREATE_DATABASE, "true")));
        return waited;
      }
      long now = System.nanoTime();
      if (now - start >= timeout.toNanos()) {
        throw new DatabaseUnavailable("Gave up waiting for the database after "
            + Durations.format(timeout) + ": " + db.describe(failure) + " Raise "
            + words.setting(Setting.WAIT_TIMEOUT) + " if"
            + " the server needs longer to start.", failure);
      }
      if (now - nextReport >= 0) {
        listener.on(new ServerWaiting(where.name(), target.safeUrl(), ConnectionFactory.reason(failure), timeout));
        nextReport = now + REPORT_EVERY.toNanos();
      }
      try {
        Thread.sleep(PAUSE_MS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Interrupted("Interrupted while waiting for the database.", e);
      }
    }
  }
}
