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

  /** Runs a script; returns its checksum. */
  String run(Connection connection, Script script) throws StatementFailedException {
    List<Integer> linesRun = new ArrayList<>();
    try (ScriptReader reader = ScriptReader.open(script.file())) {
      splitter.split(reader, statement -> {
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
    } catch (IOException e) {
      throw ScriptReader.unreadable(script.file(), e);
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
