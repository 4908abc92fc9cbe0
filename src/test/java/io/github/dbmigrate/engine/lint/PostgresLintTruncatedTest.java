package io.github.dbmigrate.engine.lint;

import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.dialect.Dialect;
import io.github.dbmigrate.engine.dialect.Dialects;
import io.github.dbmigrate.engine.files.Migration;
import io.github.dbmigrate.engine.files.MigrationScanner;
import io.github.dbmigrate.engine.files.ScriptReader;
import io.github.dbmigrate.engine.sql.SqlStatement;
import io.github.dbmigrate.engine.sql.StatementSplitter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A statement cut off anywhere (a file being edited, a typo) is read without an exception. */
class PostgresLintTruncatedTest {

  @Test
  void everyPrefixOfEveryCorpusStatementIsReadWithoutAnException() throws Exception {
    Dialect dialect = Dialects.named("postgresql").orElseThrow().dialect();
    StatementSplitter splitter = new StatementSplitter(dialect.syntax().splitRules());
    Path corpus = Path.of(getClass().getResource("/lint-corpus/postgresql").toURI());
    for (Migration m : MigrationScanner.scanToCheck(List.of(corpus), FrontEnd.PLAIN).all()) {
      Linter linter = new Linter(dialect.capability(DatabaseLint.class).orElseThrow(), splitter.rules(),
          LintSettings.defaults(), true);
      linter.beginScript(m.script(io.github.dbmigrate.engine.files.Direction.UP), true);
      for (SqlStatement s : splitter.split(ScriptReader.readAll(m.up()))) {
        for (int end = 1; end <= s.sql().length(); end++) {
          SqlStatement cut = new SqlStatement(s.sql().substring(0, end), s.line());
          assertThatCode(() -> linter.statement(cut)).as(cut.sql()).doesNotThrowAnyException();
        }
      }
    }
  }
}
