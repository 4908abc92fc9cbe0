package io.github.dbmigrate.engine.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlStatementTest {

  private static String firstWord(String sql) {
    return new SqlStatement(sql, 1).firstWord();
  }

  private static boolean isTransactionControl(String sql) {
    return new SqlStatement(sql, 1).isTransactionControl();
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

  @Test
  void transactionControlIsAWholeStatementOfItsOwn() {
    assertThat(isTransactionControl("BEGIN")).isTrue();
    assertThat(isTransactionControl("  commit work;")).isTrue();
    assertThat(isTransactionControl("START TRANSACTION READ ONLY")).isTrue();
    assertThat(isTransactionControl("ROLLBACK TRAN")).isTrue();
    assertThat(isTransactionControl("BEGIN NULL; END;")).isFalse();
    assertThat(isTransactionControl("ROLLBACK TO SAVEPOINT s")).isFalse();
  }
}
