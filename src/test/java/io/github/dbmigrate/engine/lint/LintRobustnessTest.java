package io.github.dbmigrate.engine.lint;

import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.dialect.Dialect;
import io.github.dbmigrate.engine.dialect.Dialects;
import io.github.dbmigrate.engine.files.Direction;
import io.github.dbmigrate.engine.files.Migration;
import io.github.dbmigrate.engine.files.MigrationScanner;
import io.github.dbmigrate.engine.files.ScriptReader;
import io.github.dbmigrate.engine.sql.SqlStatement;
import io.github.dbmigrate.engine.sql.StatementSplitter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever a file holds (a statement cut off while being edited, words in any order), the lint reads
 * it without an exception: every prefix of every corpus statement, and the corpus's words shuffled.
 */
class LintRobustnessTest {

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "mysql", "oracle", "sqlserver", "h2", "sqlite"})
  void anyPrefixAndAnyShuffleOfTheCorpusIsReadWithoutAnException(String database) throws Exception {
    Dialect dialect = Dialects.named(database).orElseThrow().dialect();
    StatementSplitter splitter = new StatementSplitter(dialect.syntax().splitRules());
    DatabaseLint lint = dialect.capability(DatabaseLint.class).orElseThrow();
    Path corpus = Path.of(getClass().getResource("/lint-corpus/" + database).toURI());
    Random random = new Random(42);
    for (Migration m : MigrationScanner.scanToCheck(List.of(corpus), FrontEnd.PLAIN).all()) {
      Linter linter = new Linter(lint, splitter.rules(), LintSettings.defaults(), true);
      linter.beginScript(m.script(Direction.UP), true);
      for (SqlStatement s : splitter.split(ScriptReader.readAll(m.up()))) {
        for (int end = 1; end <= s.sql().length(); end++) {
          SqlStatement cut = new SqlStatement(s.sql().substring(0, end), s.line());
          assertThatCode(() -> linter.statement(cut)).as(cut.sql()).doesNotThrowAnyException();
        }
        // words and punctuation apart, so parentheses and commas land anywhere
        List<String> words = new ArrayList<>(List.of(s.sql().split("\\s+|(?<=[(),;.])|(?=[(),;.])")));
        for (int i = 0; i < 20; i++) {
          Collections.shuffle(words, random);
          SqlStatement shuffled = new SqlStatement(s.firstWord() + " " + String.join(" ", words), s.line());
          assertThatCode(() -> linter.statement(shuffled)).as(shuffled.sql()).doesNotThrowAnyException();
        }
      }
    }
  }
}
