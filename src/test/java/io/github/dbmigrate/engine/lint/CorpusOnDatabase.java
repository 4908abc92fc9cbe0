package io.github.dbmigrate.engine.lint;

import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.dialect.Dialects;
import io.github.dbmigrate.engine.files.Migration;
import io.github.dbmigrate.engine.files.MigrationScanner;
import io.github.dbmigrate.engine.files.ScriptReader;
import io.github.dbmigrate.engine.sql.SqlStatement;
import io.github.dbmigrate.engine.sql.StatementSplitter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Runs a lint corpus's up scripts, in version order, on a real database: the safe forms (and the
 * unsafe ones) must be SQL the database accepts, so the corpus shows what users really write.
 */
final class CorpusOnDatabase {

  private CorpusOnDatabase() {}

  /** Runs every statement of every up script of {@code corpus}; a failure names file and line. */
  static void run(String database, String corpus, Connection connection) throws SQLException {
    StatementSplitter splitter = new StatementSplitter(
        Dialects.named(database).orElseThrow().dialect().syntax().splitRules());
    Path dir;
    try {
      dir = Path.of(CorpusOnDatabase.class.getResource("/lint-corpus/" + corpus).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    for (Migration m : MigrationScanner.scanToCheck(List.of(dir), FrontEnd.PLAIN).all()) {
      for (SqlStatement s : splitter.split(ScriptReader.readAll(m.up()))) {
        try (Statement jdbc = connection.createStatement()) {
          jdbc.execute(s.sql());
        } catch (SQLException e) {
          throw new SQLException(m.up().getFileName() + ":" + s.line() + ": " + e.getMessage(), e);
        }
      }
    }
  }
}
