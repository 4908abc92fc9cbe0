package io.github.dbmigrate.engine.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlStatementTest {

  private static String firstWord(String sql) {
    return new SqlStatement(sql, 1).firstWord();
  }

  @Test
  void firstWordSkipsCommentsAndIsUpperCased() {
    assertThat(firstWord("create table t (id int)")).isEqualTo("CREATE");
    assertThat(firstWord("-- why\n  /* how /* nested */ */ vacuum_full t")).isEqualTo("VACUUM_FULL");
    assertThat(firstWord("--\nselect 1")).isEqualTo("SELECT");
    assertThat(firstWord("-- only a comment")).isEmpty();
    assertThat(firstWord("/* never closed")).isEmpty();
    assertThat(firstWord("(SELECT 1)")).isEmpty();
  }
}
