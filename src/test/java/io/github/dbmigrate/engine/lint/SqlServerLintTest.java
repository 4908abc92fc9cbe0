package io.github.dbmigrate.engine.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlServerLintTest {

  @Test
  void findsExactlyTheUnsafeStatementsOfTheCorpus() {
    LintCorpus.check("sqlserver", "sqlserver");
  }

  @Test
  void readsDropListsAndTheNamesInSpRenameStrings() {
    assertThat(LintCorpus.lint("sqlserver", "sqlserver").findings()).extracting(Finding::text)
        .anyMatch(t -> t.contains("drop-column: DROP COLUMN users.active"))
        .anyMatch(t -> t.contains("drop-column: DROP COLUMN users.legacy"))
        .anyMatch(t -> t.contains("rename-column: EXEC sp_rename users.name TO full_name"))
        .anyMatch(t -> t.contains("rename-column: EXEC sp_rename users.email TO mail"))
        .anyMatch(t -> t.contains("rename-table: EXEC sp_rename orders TO purchases"))
        .noneMatch(t -> t.contains("pk_users") || t.contains("fk_users_self"));
  }

  @Test
  void namesTheTableBehindAnUpdatesAlias() {
    assertThat(LintCorpus.lint("sqlserver", "sqlserver").findings()).extracting(Finding::text)
        .anyMatch(t -> t.contains("dml-without-where: UPDATE purchases without WHERE"))
        .noneMatch(t -> t.contains("UPDATE p without"));
  }
}
