package io.github.dbmigrate.engine.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dbmigrate.engine.testing.TestDatabase;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

class H2LintTest {

  @Test
  void findsExactlyTheUnsafeStatementsOfTheCorpus() {
    LintCorpus.check("h2", "h2");
  }

  @Test
  void readsEachColumnOfH2sDropLists() {
    assertThat(LintCorpus.lint("h2", "h2").findings()).extracting(Finding::text)
        .anyMatch(t -> t.contains("drop-column: DROP COLUMN users.bio"))
        .anyMatch(t -> t.contains("drop-column: DROP COLUMN users.age"));
  }

  @Test
  void theCorpusIsSqlThatH2Runs() throws Exception {
    try (TestDatabase db = TestDatabase.h2(); Connection c = db.connect()) {
      CorpusOnDatabase.run("h2", "h2", c);
    }
  }
}
