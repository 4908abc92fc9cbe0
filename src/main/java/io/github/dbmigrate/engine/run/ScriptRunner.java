package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.dialect.Dialect;
import io.github.dbmigrate.engine.files.Script;
import io.github.dbmigrate.engine.files.ScriptReader;
import io.github.dbmigrate.engine.sql.SqlStatement;
import io.github.dbmigrate.engine.sql.StatementSplitter;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
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
   * Runs a script. With {@code pipelined} (the caller holds a transaction open), statements the
   * dialect allows go to the server in flights, and {@code tail} goes with the last one; without, the
   * tail is ignored and every statement is a round trip of its own.
   */
  Ran run(Connection connection, Script script, boolean pipelined, Tail tail)
      throws StatementFailedException, TailFailedException, SQLException {
    List<Integer> linesRun = new ArrayList<>();
    // Read as the session is now: a setting an earlier script changed holds on the server here too.
    StatementSplitter splitter = new StatementSplitter(dialect.syntax().splitRules(connection));
    try (ScriptReader reader = ScriptReader.open(script.file());
        Pipeline pipeline = new Pipeline(connection)) {
      splitter.split(reader, statement -> {
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
      List<String> tailSql = pipelined ? tail.after(checksum) : List.of();
      try {
        pipeline.send(tailSql, linesRun);
      } catch (Pipeline.Refused r) {
        if (r.statement != null) {
          throw new Failure(r.statement, r.reason);
        }
        throw new TailFailedException(r.tailEntry, r.reason, linesRun);
      }
      return new Ran(checksum, !tailSql.isEmpty(), linesRun);
    } catch (Failure f) {
      throw new StatementFailedException(script, dialect.errors().failedLine(f.statement, f.cause), f.cause,
          linesRun);
    } catch (IOException e) {
      throw ScriptReader.unreadable(script.file(), e);
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
