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

/** Streams a script through the dialect's splitter and runs each statement as it is read. */
final class ScriptRunner {

  private final Dialect dialect;
  private final StatementSplitter splitter;

  ScriptRunner(Dialect dialect) {
    this.dialect = dialect;
    this.splitter = new StatementSplitter(dialect.splitRules());
  }

  /** Work that must happen before a script's own BEGIN, COMMIT or ROLLBACK runs. */
  @FunctionalInterface
  interface BeforeTransactionControl {
    void run() throws SQLException;
  }

  /**
   * Runs a script, calling {@code beforeTransactionControl} ahead of each statement that would end
   * the transaction; returns the script's checksum. A failure of that call is thrown as it is.
   */
  String run(Connection connection, Script script, BeforeTransactionControl beforeTransactionControl)
      throws StatementFailedException, SQLException {
    List<Integer> linesRun = new ArrayList<>();
    try (ScriptReader reader = ScriptReader.open(script.file())) {
      splitter.split(reader, statement -> {
        if (statement.isTransactionControl()) {
          try {
            beforeTransactionControl.run();
          } catch (SQLException e) {
            throw new HookFailure(e);
          }
        }
        try {
          dialect.execute(connection, statement);
          linesRun.add(statement.line());
        } catch (SQLException e) {
          throw new Failure(statement, e);
        }
      });
      return reader.checksum();
    } catch (Failure f) {
      throw new StatementFailedException(script, dialect.failedLine(f.statement, f.cause), f.cause,
          linesRun);
    } catch (HookFailure f) {
      throw f.cause;
    } catch (IOException e) {
      throw ScriptReader.unreadable(script.file(), e);
    }
  }

  /** Carries a failure of the work before a transaction-control statement out of the callback. */
  private static final class HookFailure extends RuntimeException {
    private final SQLException cause;

    HookFailure(SQLException cause) {
      super(null, null, false, false);
      this.cause = cause;
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
