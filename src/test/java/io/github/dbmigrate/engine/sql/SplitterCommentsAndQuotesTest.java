package io.github.dbmigrate.engine.sql;

import static io.github.dbmigrate.engine.sql.Splits.problems;
import static io.github.dbmigrate.engine.sql.Splits.split;
import static io.github.dbmigrate.engine.sql.Splits.sqls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where comments and quoted text start and end, in cases mutation testing showed the other splitter
 * tests did not pin down.
 */
class SplitterCommentsAndQuotesTest {

  @Test
  void aCommentRightAfterAStarIsStillAComment() {
    for (SplitRules rules : List.of(SplitRules.postgres(), SplitRules.mysql(), SplitRules.oracle())) {
      assertThat(sqls(rules, "SELECT 2*/* half; see below */3;\nSELECT 4;"))
          .containsExactly("SELECT 2*/* half; see below */3", "SELECT 4");
    }
  }

  @Test
  void aSlashStarSlashOpensACommentThatItDoesNotClose() {
    for (SplitRules rules : List.of(SplitRules.postgres(), SplitRules.mysql(), SplitRules.sqlite())) {
      assertThat(sqls(rules, "SELECT 1 /*/ a; */;\nSELECT 2;"))
          .containsExactly("SELECT 1 /*/ a; */", "SELECT 2");
    }
    // Nested, where comments nest: the inner /*/ opens a level too.
    assertThat(sqls(SplitRules.postgres(), "SELECT 1 /* a /*/ b; */ c; */;\nSELECT 2;"))
        .containsExactly("SELECT 1 /* a /*/ b; */ c; */", "SELECT 2");
  }

  @Test
  void hashIsAnOperatorWhereItStartsNoComment() {
    assertThat(sqls(SplitRules.postgres(), "SELECT '{\"a\":1}'::jsonb #> '{a}';\nSELECT 2;"))
        .containsExactly("SELECT '{\"a\":1}'::jsonb #> '{a}'", "SELECT 2");
    assertThat(sqls(SplitRules.mysql(), "SELECT 1; # a comment; really\nSELECT 2;"))
        .containsExactly("SELECT 1", "SELECT 2");
  }

  @Test
  void onlyAMySqlCommentOpenedByBangOrMBangIsExecutable() {
    assertThat(split(SplitRules.mysql(), "/* ! not executable */\n/*Migrated by hand */\nSELECT 1;"))
        .extracting(SqlStatement::sql, SqlStatement::line)
        .containsExactly(tuple("SELECT 1", 3));
  }

  @Test
  void anEmptyExecutableCommentClosesAtOnce() {
    String script = "SELECT 1 /*!*/;\nSELECT 2 /*M!*/;\nSELECT 3;";
    assertThat(sqls(SplitRules.mysql(), script))
        .containsExactly("SELECT 1 /*!*/", "SELECT 2 /*M!*/", "SELECT 3");
    assertThat(problems(SplitRules.mysql(), script)).isEmpty();
  }

  @Test
  void theVersionOfAnExecutableCommentIsNotAWordOfTheStatement() {
    // CREATE must stay the first word, so that the procedure's BEGIN ... END keeps its ; inside.
    for (String version : List.of("50003", "40019", "")) {
      String procedure = "/*!" + version + " CREATE*/ PROCEDURE p() BEGIN SELECT 1; END";
      assertThat(sqls(SplitRules.mysql(), procedure + ";\nSELECT 2;"))
          .as(version)
          .containsExactly(procedure, "SELECT 2");
    }
  }

  @Test
  void oracleQuotingNeedsAVisibleDelimiter() {
    // q' followed by a blank is the identifier q and an ordinary string.
    String script = "SELECT q' ;' FROM dual;\nSELECT 2 FROM dual;";
    assertThat(sqls(SplitRules.oracle(), script)).containsExactly("SELECT q' ;' FROM dual", "SELECT 2 FROM dual");
    assertThat(problems(SplitRules.oracle(), script)).isEmpty();
  }

  @Test
  void dollarQuoteTagsMayHoldDigitsAndBeUpTo128Characters() {
    SplitRules pg = SplitRules.postgres();
    String digits = "DO $do1$ BEGIN PERFORM 1; END $do1$";
    assertThat(sqls(pg, digits + ";\nSELECT 2;")).containsExactly(digits, "SELECT 2");

    String tag = "t".repeat(128);
    String longest = "SELECT $" + tag + "$ a; b $" + tag + "$";
    assertThat(sqls(pg, longest + ";\nSELECT 2;")).containsExactly(longest, "SELECT 2");
  }

  @Test
  void aDollarWordWithoutAClosingDollarOpensNoQuote() {
    String script = "SELECT $a, 1;\nSELECT 2;";
    assertThat(sqls(SplitRules.postgres(), script)).containsExactly("SELECT $a, 1", "SELECT 2");
    assertThat(problems(SplitRules.postgres(), script)).isEmpty();
  }
}
