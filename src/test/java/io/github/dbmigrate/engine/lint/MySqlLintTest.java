package io.github.dbmigrate.engine.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.dialect.Dialects;
import io.github.dbmigrate.engine.files.Migration;
import io.github.dbmigrate.engine.files.MigrationScanner;
import io.github.dbmigrate.engine.files.ScriptReader;
import io.github.dbmigrate.engine.sql.SqlStatement;
import io.github.dbmigrate.engine.sql.StatementSplitter;
import io.github.dbmigrate.engine.testing.NeedsDatabaseServer;
import io.github.dbmigrate.engine.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class MySqlLintTest {

  @Test
  void findsExactlyTheUnsafeStatementsOfTheCorpus() {
    LintCorpus.check("mysql", "mysql");
  }

  @Test
  void saysWhyAWideningCopiesTheTable() {
    List<String> texts = LintCorpus.lint("mysql", "mysql").findings().stream().map(Finding::text).toList();
    assertThat(texts).anySatisfy(t -> assertThat(t).contains("20240102000000_types.up.sql:5: column-type-change:"
        + " MODIFY COLUMN users.email VARCHAR(64) (was VARCHAR(63)): VARCHAR(63) to VARCHAR(64) in utf8mb4"
        + " (4 bytes a character) grows from 252 to 256 bytes, past 255"));
    assertThat(texts).anySatisfy(t -> assertThat(t).contains("legacy_events.payload VARCHAR(60): the column's"
        + " current type is not known from the migration files"));
  }

  @Test
  void namesTheForeignKeyThatCopiesTheTable() {
    assertThat(LintCorpus.lint("mysql", "mysql").findings()).extracting(Finding::text)
        .anyMatch(t -> t.contains("foreign-key-copy: ALTER TABLE users ADD CONSTRAINT fk_users_referrer"
            + " FOREIGN KEY without SET foreign_key_checks = 0 before it"))
        .anyMatch(t -> t.contains("foreign-key-copy: ALTER TABLE users ADD FOREIGN KEY without"));
  }

  /**
   * Every statement of the corpus's up scripts, safe and unsafe, runs on MariaDB in version order:
   * the corpus is SQL the server takes, and each safe form that asks for ALGORITHM=INPLACE or
   * INSTANT with LOCK=NONE really is done in place (the server refuses it otherwise).
   */
  @Test
  @NeedsDatabaseServer
  void everyStatementOfTheCorpusRunsOnMariaDb() throws Exception {
    StatementSplitter splitter = new StatementSplitter(
        Dialects.named("mysql").orElseThrow().dialect().syntax().splitRules());
    Path corpus = Path.of(getClass().getResource("/lint-corpus/mysql").toURI());
    try (TestDatabase db = TestDatabase.mariadb(); Connection c = db.connect(); Statement st = c.createStatement()) {
      run(st, splitter, corpus.resolveSibling("mysql-baseline.sql"));
      for (Migration m : MigrationScanner.scanToCheck(List.of(corpus), FrontEnd.PLAIN).all()) {
        run(st, splitter, m.up());
      }
    }
  }

  private static void run(Statement st, StatementSplitter splitter, Path file) {
    for (SqlStatement s : splitter.split(ScriptReader.readAll(file))) {
      try {
        st.execute(s.sql());
      } catch (SQLException e) {
        fail(file.getFileName() + ":" + s.line() + ": " + e.getMessage());
      }
    }
  }
}
