package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.dialect.Dialect;
import io.github.dbmigrate.engine.files.Script;
import io.github.dbmigrate.engine.files.ScriptReader;
import io.github.dbmigrate.engine.session.SessionState;
import io.github.dbmigrate.engine.sql.SplitRules;
import io.github.dbmigrate.engine.sql.SqlStatement;
import io.github.dbmigrate.engine.sql.StatementSplitter;
import io.github.dbmigrate.engine.validate.OwnTransactionControl;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams a script through the dialect's splitter and runs each statement as it is read, or, where
 * the dialect allows, sends runs of statements in one flight.
 */
final class ScriptRunner {

  private final Dialect dialect;

  ScriptRunner(Dialect dialect) {
    this.dialect = dialect;
  }

  /** SQL of the caller's to send right after a script, in the same flight as its last statements. */
  @FunctionalInterface
  interface Tail {
    /** The statements, given the script's checksum (known once it has been read); may be empty. */
    List<String> after(String checksum);

    Tail NONE = checksum -> List.of();
  }

  /**
   * Runs a script, then sets the session back to {@code sessionStart}: its version row is written,
   * and the next script starts, as the run began, whatever {@code SET search_path}, {@code SET ROLE}
   * or {@code USE} the script ran.
   *
   * <p>With {@code pipelined} (the caller holds a transaction open), statements the dialect allows
   * go to the server in flights, and the session's reset and {@code tail} go with the last one;
   * without, the tail is ignored and every statement is a round trip of its own. A dialect that
   * pipelines must reset the session without asking it first (its last statements are unsent then).
   */
  Ran run(Connection connection, Script script, SessionState.Saved sessionStart, boolean pipelined, Tail tail)
      throws StatementFailedException, TailFailedException, ResetFailedException, SQLException {
    List<Integer> linesRun = new ArrayList<>();
    // Read as the session is now: a setting an earlier script changed holds on the server here too.
    SplitRules rules = dialect.syntax().splitRules(connection);
    StatementSplitter splitter = new StatementSplitter(rules);
    try (ScriptReader reader = ScriptReader.open(script.file());
        Pipeline pipeline = new Pipeline(connection)) {
      splitter.split(reader, statement -> {
        refuseOwnTransactionControl(script, statement, rules);
        try {
          if (pipelined && dialect.execution().canPipeline(statement)) {
            pipeline.add(statement, linesRun);
            return;
          }
          pipeline.send(List.of(), linesRun);
        } catch (Pipeline.Refused r) {
          throw new Failure(r.statement, r.reason);
        }
        try {
          dialect.execution().execute(connection, statement);
          linesRun.add(statement.line());
        } catch (SQLException e) {
          throw new Failure(statement, e);
        }
      });
      String checksum = reader.checksum();
      List<String> reset = sessionStart.restore(connection);
      List<String> tailSql = pipelined ? tail.after(checksum) : List.of();
      List<String> flightEnd = new ArrayList<>(pipelined ? reset : List.of());
      flightEnd.addAll(tailSql);
      try {
        pipeline.send(flightEnd, linesRun);
      } catch (Pipeline.Refused r) {
        if (r.statement != null) {
          throw new Failure(r.statement, r.reason);
        }
        if (r.tailEntry < reset.size()) {
          throw new ResetFailedException(r.reason, linesRun);
        }
        throw new TailFailedException(r.tailEntry - reset.size(), r.reason, linesRun);
      }
      if (!pipelined) {
        runEach(connection, reset, linesRun);
      }
      return new Ran(checksum, !tailSql.isEmpty(), linesRun);
    } catch (Failure f) {
      throw new StatementFailedException(script, dialect.errors().failedLine(f.statement, f.cause), f.cause,
          linesRun);
    } catch (IOException e) {
      throw ScriptReader.unreadable(script.file(), e);
    }
  }

  /**
   * The check made before the run, again on the statement as it is split now: a setting an earlier
   * script changed in a way the check could not follow ({@code set_config('standard_conforming_strings',
   * ...)}) may split the script otherwise, and a {@code COMMIT} the check read as a string's text must
   * still never run.
   */
  private void refuseOwnTransactionControl(Script script, SqlStatement statement, SplitRules rules) {
    new OwnTransactionControl(dialect.syntax()).check(script, statement, rules).ifPresent(problem -> {
      throw new Failure(statement, new SQLException(problem.substring(problem.indexOf(": ") + 2)
          + " It was not run: the session's settings as they are now (standard_conforming_strings changed"
          + " through set_config, say) split the file otherwise than the check before the run did.", "25000"));
    });
  }

  /**
   * Sends the session's reset outside the script's flights (autocommit, or a dialect without them):
   * as one batch where the driver sends a batch in one flight (its own transaction then, which
   * session settings do not mind), else statement by statement.
   */
  private void runEach(Connection connection, List<String> reset, List<Integer> linesRun)
      throws ResetFailedException {
    if (reset.isEmpty()) {
      return;
    }
    try (Statement jdbc = connection.createStatement()) {
      if (reset.size() > 1 && dialect.execution().pipelinesBatches()) {
        for (String sql : reset) {
          jdbc.addBatch(sql);
        }
        jdbc.executeBatch();
        return;
      }
      for (String sql : reset) {
        jdbc.execute(sql);
      }
    } catch (SQLException e) {
      SQLException reason = e instanceof java.sql.BatchUpdateException && e.getNextException() != null
          ? e.getNextException() : e;
      throw new ResetFailedException(reason, linesRun);
    }
  }

  /**
   * Setting the session back to the run's start failed after the script's statements (on
   * {@code linesRun}) had all run.
   */
  static final class ResetFailedException extends Exception {
    final SQLException reason;
    final List<Integer> linesRun;

    ResetFailedException(SQLException reason, List<Integer> linesRun) {
      super(reason.getMessage(), reason, false, false);
      this.reason = reason;
      this.linesRun = List.copyOf(linesRun);
    }
  }

  /** A script that ran: its checksum, whether the tail ran after it, and the lines of its statements. */
  record Ran(String checksum, boolean tailRan, List<Integer> linesRun) {

    Ran {
      linesRun = List.copyOf(linesRun);
    }
  }

  /** An entry of the tail failed; the script's own statements (on {@code linesRun}) had all run. */
  static final class TailFailedException extends Exception {
    final int entry;
    final SQLException reason;
    final List<Integer> linesRun;

    TailFailedException(int entry, SQLException reason, List<Integer> linesRun) {
      super(reason.getMessage(), reason, false, false);
      this.entry = entry;
      this.reason = reason;
      this.linesRun = List.copyOf(linesRun);
    }
  }

  /** Carries a statement's failure out of the splitter's callback. */
  private static final class Failure extends RuntimeException {
    private final SqlStatement statement;
    private final SQLException cause;

    Failure(SqlStatement statement, SQLException cause) {
      super(null, null, false, false);
      this.statement = statement;
      this.cause = cause;
    }
  }
}
