package io.github.dbmigrate.engine.sql;

import static io.github.dbmigrate.engine.sql.Splits.problems;
import static io.github.dbmigrate.engine.sql.Splits.split;
import static io.github.dbmigrate.engine.sql.Splits.sqls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden cases that mutation testing showed the other splitter tests did not pin down: each would
 * pass unchanged if the rule it names were dropped from the splitter.
 */
class SplitterCornerCasesTest {

  @Test
  void aDollarSignStartsNoQuoteWhereTheDatabaseHasNone() {
    String merge = "MERGE t USING s ON t.id = s.id\nWHEN MATCHED THEN DELETE\nOUTPUT $action, $$;";
    assertThat(sqls(SplitRules.sqlServer(), merge + "\nGO\nSELECT 2\nGO\n"))
        .containsExactly(merge, "SELECT 2");
    for (SplitRules rules : List.of(SplitRules.mysql(), SplitRules.oracle(), SplitRules.sqlite())) {
      assertThat(sqls(rules, "SELECT $$a, $b$;\nSELECT 2;")).containsExactly("SELECT $$a, $b$", "SELECT 2");
    }
  }

  @Test
  void directivesCountOnlyOnALineOfTheirOwn() {
    assertThat(sqls(SplitRules.sqlServer(), "SELECT 1 AS go\nGO\nSELECT 2 AS\n  [go] go\nGO"))
        .containsExactly("SELECT 1 AS go", "SELECT 2 AS\n  [go] go");
    assertThat(sqls(SplitRules.oracle(), "SELECT 6 /\n3 FROM dual;\nSELECT 2 FROM dual;"))
        .containsExactly("SELECT 6 /\n3 FROM dual", "SELECT 2 FROM dual");
    assertThat(sqls(SplitRules.mysql(), "SELECT 1; DELIMITER //\nSELECT 2;"))
        .containsExactly("SELECT 1", "DELIMITER //\nSELECT 2");
  }

  @Test
  void directiveLinesMayFollowEachOther() {
    assertThat(split(SplitRules.sqlServer(), "SELECT 1\nGO\nGO\n  go\nSELECT 2\nGO"))
        .extracting(SqlStatement::sql, SqlStatement::line)
        .containsExactly(tuple("SELECT 1", 1), tuple("SELECT 2", 5));
    assertThat(split(SplitRules.oracle(), "SELECT 1 FROM dual\n/\n/\n /\nSELECT 2 FROM dual\n/"))
        .extracting(SqlStatement::sql, SqlStatement::line)
        .containsExactly(tuple("SELECT 1 FROM dual", 1), tuple("SELECT 2 FROM dual", 5));
    assertThat(split(SplitRules.mysql(), "DELIMITER //\nDELIMITER $$\nSELECT 1$$\nSELECT 2//"))
        .extracting(SqlStatement::sql, SqlStatement::line)
        .containsExactly(tuple("SELECT 1", 3), tuple("SELECT 2//", 4));
  }

  @Test
  void onlyTheDatabasesOwnPrefixesChangeHowAStringIsRead() {
    // N'...' is a standard string: the backslash escapes nothing, so the ; after it ends the statement.
    assertThat(sqls(SplitRules.postgres(), "SELECT N'C:\\', B'1';\nSELECT 2;"))
        .containsExactly("SELECT N'C:\\', B'1'", "SELECT 2");
    assertThat(sqls(SplitRules.postgres(), "SELECT e'C:\\'';\nSELECT 2;"))
        .containsExactly("SELECT e'C:\\''", "SELECT 2");
    // Only q and nq start Oracle's alternative quoting; N'[...' is an ordinary national string.
    assertThat(sqls(SplitRules.oracle(), "SELECT N'[x', NQ'[y']', q'(z)' FROM dual;\nSELECT 2 FROM dual;"))
        .containsExactly("SELECT N'[x', NQ'[y']', q'(z)' FROM dual", "SELECT 2 FROM dual");
    // A word that merely ends in e or q is no prefix.
    assertThat(sqls(SplitRules.postgres(), "SELECT one'C:\\';\nSELECT 2;"))
        .containsExactly("SELECT one'C:\\'", "SELECT 2");
    assertThat(sqls(SplitRules.oracle(), "SELECT seq'[x' FROM dual;\nSELECT 2 FROM dual;"))
        .containsExactly("SELECT seq'[x' FROM dual", "SELECT 2 FROM dual");
  }

  @Test
  void copyDataEndsAtABackslashDotLineEvenWithTrailingBlanks() {
    String script = "COPY t FROM stdin;\n1\n\\. \t \nSELECT 1;\nCOPY u FROM stdin;\n\\.x\n\\.\n";
    assertThat(split(SplitRules.postgres(), script))
        .extracting(SqlStatement::sql, SqlStatement::line, SqlStatement::copyData)
        .containsExactly(
            tuple("COPY t FROM stdin", 1, "1\n"),
            tuple("SELECT 1", 4, null),
            tuple("COPY u FROM stdin", 5, "\\.x\n"));
    assertThat(problems(SplitRules.postgres(), script)).isEmpty();
  }

  @Test
  void copyDataLinesMayHoldABackslashDotAfterTheirStart() {
    String script = "COPY t FROM stdin;\n1\tC:\\.\n2\tx\\.\n\\.\nSELECT 1;";
    assertThat(split(SplitRules.postgres(), script))
        .extracting(SqlStatement::sql, SqlStatement::copyData)
        .containsExactly(
            tuple("COPY t FROM stdin", "1\tC:\\.\n2\tx\\.\n"), tuple("SELECT 1", null));
  }

  @Test
  void copyProblemsNameTheirLines() {
    SplitRules pg = SplitRules.postgres();
    assertThat(problems(pg, "SELECT 1;\n\nCOPY t FROM stdin; 1\t2\n\\.\n"))
        .containsExactly("text after COPY ... FROM STDIN; on line 3 is read as COPY data");
    assertThat(split(pg, "SELECT 1;\n\nCOPY t FROM stdin; 1\t2\n\\.\n"))
        .extracting(SqlStatement::copyData)
        .containsExactly(null, " 1\t2\n");
    assertThat(problems(pg, "SELECT 1;\n\nCOPY t FROM stdin"))
        .containsExactly("COPY ... FROM STDIN starting at line 3 has no ; and no data");
    assertThat(split(pg, "SELECT 1;\n\nCOPY t FROM stdin"))
        .extracting(SqlStatement::sql, SqlStatement::copyData)
        .containsExactly(tuple("SELECT 1", null), tuple("COPY t FROM stdin", ""));
  }

  @Test
  void anUnclosedParenthesisIsReportedWhereItsStatementStarts() {
    SplitRules pg = SplitRules.postgres();
    String script = "SELECT 1;\n\nINSERT INTO t VALUES (1;\nSELECT 2;";
    assertThat(problems(pg, script)).containsExactly(
        "unclosed parenthesis in the statement starting at line 3 turns the ; after it into text");
    assertThat(sqls(pg, script)).containsExactly("SELECT 1", "INSERT INTO t VALUES (1;\nSELECT 2;");
    // Balanced again before the end: nothing to report; without any ; hidden: nothing either.
    assertThat(problems(pg, "DO ALSO (NOTIFY a; NOTIFY b);")).isEmpty();
    assertThat(problems(pg, "SELECT (1")).isEmpty();
    assertThat(problems(pg, "CREATE RULE r AS ON INSERT TO t DO ALSO (NOTIFY a; NOTIFY b)")).isEmpty();
    assertThat(problems(SplitRules.h2(), "SELECT (1; SELECT 2")).isEmpty();
  }

  @Test
  void unterminatedConstructsAreReportedAtTheLineTheyStart() {
    assertThat(problems(SplitRules.mysql(), "SELECT 1;\n\nCREATE PROCEDURE p()\nBEGIN\n  SELECT 1;"))
        .containsExactly("unterminated BEGIN ... END block starting at line 4");
    assertThat(problems(SplitRules.sqlite(), "SELECT 1;\nCREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n"))
        .containsExactly("unterminated BEGIN ... END block starting at line 3");
    assertThat(problems(SplitRules.mysql(), "SELECT 1;\n/*!50003 SET x = 1;\n"))
        .containsExactly("unterminated /*! executable comment starting at line 2");
    assertThat(problems(SplitRules.oracle(), "SELECT 1 FROM dual;\n\nSELECT q'[x FROM dual;"))
        .containsExactly("unterminated q-quoted string starting at line 3");
    assertThat(problems(SplitRules.mysql(), "SELECT 1;\n\nSELECT `a;"))
        .containsExactly("unterminated backtick identifier starting at line 3");
    assertThat(problems(SplitRules.sqlServer(), "SELECT 1\nGO\nSELECT [a\nGO"))
        .containsExactly("unterminated [bracketed] identifier starting at line 3");
    assertThat(problems(SplitRules.postgres(), "SELECT 1;\nSELECT \"a;"))
        .containsExactly("unterminated quoted identifier starting at line 2");
    assertThat(problems(SplitRules.mysql(), "SELECT 1;\nSELECT \"a;"))
        .containsExactly("unterminated string starting at line 2");
  }

  @Test
  void aCaseStatementInAProcedureMayHoldIfStatements() {
    String procedure = "CREATE PROCEDURE p(i INT)\nBEGIN\n  SELECT 0;\n  CASE i WHEN 1 THEN IF i > 0 THEN"
        + " SELECT 1; END IF;\n  ELSE SELECT 2;\n  END CASE;\n  SELECT 3;\nEND";
    assertThat(sqls(SplitRules.mysql(), procedure + ";\nSELECT 4;")).containsExactly(procedure, "SELECT 4");

    String trigger = "CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW\nCASE WHEN NEW.x > 0 THEN"
        + " SET NEW.y = 1; ELSE SET NEW.y = 0; END CASE";
    assertThat(sqls(SplitRules.mysql(), trigger + ";\nSELECT 4;")).containsExactly(trigger, "SELECT 4");
  }

  @Test
  void aProgramCutShortByItsDelimiterLeavesNoOpenBlockBehind() {
    // The missing END is the database's to report; the next statements split as usual.
    String script = "DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; //\nDELIMITER ;\nSELECT 2;\nSELECT 3;";
    assertThat(sqls(SplitRules.mysql(), script))
        .containsExactly("CREATE PROCEDURE p() BEGIN SELECT 1;", "SELECT 2", "SELECT 3");
    assertThat(problems(SplitRules.mysql(), script)).isEmpty();
  }
}
