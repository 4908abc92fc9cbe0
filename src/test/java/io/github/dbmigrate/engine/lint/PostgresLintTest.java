package io.github.dbmigrate.engine.lint;

import org.junit.jupiter.api.Test;

class PostgresLintTest {

  @Test
  void findsExactlyTheUnsafeStatementsOfTheCorpus() {
    LintCorpus.check("postgresql", "postgresql");
  }
}
