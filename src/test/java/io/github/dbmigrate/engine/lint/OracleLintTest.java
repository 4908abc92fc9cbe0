package io.github.dbmigrate.engine.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OracleLintTest {

  @Test
  void findsExactlyTheUnsafeStatementsOfTheCorpus() {
    LintCorpus.check("oracle", "oracle");
  }

  @Test
  void namesEachColumnOfADropListAndTheTypeAColumnHadBefore() {
    assertThat(LintCorpus.lint("oracle", "oracle").findings()).extracting(Finding::text)
        .anyMatch(t -> t.contains("drop-column: DROP COLUMN users.active"))
        .anyMatch(t -> t.contains("drop-column: SET UNUSED users.born"))
        .anyMatch(t -> t.contains("column-type-change: MODIFY users.legacy_flag NUMBER(1) (was CHAR(1))"))
        .anyMatch(t -> t.contains("MODIFY customers.city VARCHAR2(100) (the column's current type is not known"));
  }
}
