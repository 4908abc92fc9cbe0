package io.github.dbmigrate.engine.lint;

import io.github.dbmigrate.engine.testing.TestDatabase;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

class SqliteLintTest {

  @Test
  void findsExactlyTheUnsafeStatementsOfTheCorpus() {
    LintCorpus.check("sqlite", "sqlite");
  }

  @Test
  void theCorpusIsSqlThatSqliteRuns() throws Exception {
    try (TestDatabase db = TestDatabase.sqlite(); Connection c = db.connect()) {
      CorpusOnDatabase.run("sqlite", "sqlite", c);
    }
  }
}
