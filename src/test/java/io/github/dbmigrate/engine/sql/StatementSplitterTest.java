package io.github.dbmigrate.engine.sql;

import static io.github.dbmigrate.engine.sql.Splits.problems;
import static io.github.dbmigrate.engine.sql.Splits.split;
import static io.github.dbmigrate.engine.sql.Splits.sqls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden cases: at least one per class of splitter bug that Flyway and Liquibase have shipped. */
class StatementSplitterTest {

  static Stream<Arguments> allDialects() {
    return Stream.of(
        Arguments.of("postgres", SplitRules.postgres()),
        Arguments.of("h2", SplitRules.h2()),
        Arguments.of("oracle", SplitRules.oracle()),
        Arguments.of("sqlServer", SplitRules.sqlServer()),
        Arguments.of("mysql", SplitRules.mysql()),
        Arguments.of("sqlite", SplitRules.sqlite()));
  }

  static Stream<Arguments> semicolonDialects() {
    return allDialects().filter(dialect -> !"sqlServer".equals(dialect.get()[0]));
  }

  @Nested
  class Common {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.dbmigrate.engine.sql.StatementSplitterTest#semicolonDialects")
    void quotesInsideCommentsAreText(String name, SplitRules rules) {
      String script = "-- don't split here;\nSELECT 1;\n/* it's; fine */ SELECT 2;\n";
      assertThat(sqls(rules, script)).containsExactly("SELECT 1", "SELECT 2");
      assertThat(problems(rules, script)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.dbmigrate.engine.sql.StatementSplitterTest#semicolonDialects")
    void semicolonsInsideStringsAndIdentifiersAreText(String name, SplitRules rules) {
      String script = "INSERT INTO \"a;b\" VALUES ('x;y', 'it''s; ok');\nSELECT 2;";
      assertThat(sqls(rules, script))
          .containsExactly("INSERT INTO \"a;b\" VALUES ('x;y', 'it''s; ok')", "SELECT 2");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.dbmigrate.engine.sql.StatementSplitterTest#allDialects")
    void commentAtEndOfFileWithoutNewline(String name, SplitRules rules) {
      String end = rules.goBatches() ? "\nGO\n" : ";\n";
      assertThat(sqls(rules, "SELECT 1" + end + "-- the end")).containsExactly("SELECT 1");
      assertThat(sqls(rules, "SELECT 1" + end + "/* the end */")).containsExactly("SELECT 1");
      assertThat(sqls(rules, "SELECT 1 -- the end")).containsExactly("SELECT 1 -- the end");
      assertThat(problems(rules, "SELECT 1" + end + "-- the end")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.dbmigrate.engine.sql.StatementSplitterTest#semicolonDialects")
    void blankStatementsAreDropped(String name, SplitRules rules) {
      assertThat(sqls(rules, ";;SELECT 1;; ;\n;-- nothing\n; /* nothing */ ;SELECT 2;;"))
          .containsExactly("SELECT 1", "SELECT 2");
      assertThat(split(rules, "  \n -- only a comment\n")).isEmpty();
      assertThat(split(rules, "")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.dbmigrate.engine.sql.StatementSplitterTest#semicolonDialects")
    void lineIsTheFirstLineOfTheStatementItself(String name, SplitRules rules) {
      String script =
          "\n\n"
              + "-- leading comment\n"
              + "/* block\n"
              + "   comment */\n"
              + "  SELECT\n"
              + "    1;\n\n\n"
              + "SELECT 2; SELECT 3;";
      assertThat(split(rules, script))
          .extracting(SqlStatement::sql, SqlStatement::line)
          .containsExactly(tuple("SELECT\n    1", 6), tuple("SELECT 2", 10), tuple("SELECT 3", 10));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.dbmigrate.engine.sql.StatementSplitterTest#semicolonDialects")
    void commentsInsideAStatementAreKept(String name, SplitRules rules) {
      assertThat(sqls(rules, "SELECT 1 /* one */ + 2 -- two\n  + 3;"))
          .containsExactly("SELECT 1 /* one */ + 2 -- two\n  + 3");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.dbmigrate.engine.sql.StatementSplitterTest#semicolonDialects")
    void crlfLineEndings(String name, SplitRules rules) {
      String script = "-- head\r\nSELECT 1;\r\n\r\nSELECT\r\n  2;\r\n";
      assertThat(split(rules, script))
          .extracting(SqlStatement::sql, SqlStatement::line)
          .containsExactly(tuple("SELECT 1", 2), tuple("SELECT\r\n  2", 4));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.dbmigrate.engine.sql.StatementSplitterTest#allDialects")
    void unterminatedConstructsRunToTheEndAndAreReported(String name, SplitRules rules) {
      assertThat(sqls(rules, "SELECT 1;\nSELECT 'oops;\nSELECT 3;"))
          .last()
          .asString()
          .endsWith("SELECT 'oops;\nSELECT 3;");
      assertThat(problems(rules, "SELECT 1;\nSELECT 'oops;\nSELECT 3;"))
          .containsExactly("unterminated string starting at line 2");
      assertThat(problems(rules, "SELECT 1;\n\n/* never closed;\nSELECT 2;"))
          .containsExactly("unterminated block comment starting at line 3");
      assertThat(sqls(rules, "SELECT 1 /* never closed"))
          .containsExactly("SELECT 1 /* never closed");
    }

    @Test
    void otherwiseFineScriptHasNoProblems() {
      assertThat(problems(SplitRules.postgres(), "SELECT 1;\nSELECT 'a';")).isEmpty();
    }
  }

  @Nested
  class Postgres {
    private final SplitRules pg = SplitRules.postgres();

    @Test
    void dollarQuotedBodyWithSemicolonsAndEndIf() {
      String body =
          """
          CREATE FUNCTION f() RETURNS trigger AS $$
          BEGIN
            IF NEW.a IS NULL THEN
              NEW.a := 'x;y';
            END IF;
            RETURN NEW;
          END;
          $$ LANGUAGE plpgsql""";
      assertThat(split(pg, body + ";\nSELECT 1;"))
          .extracting(SqlStatement::sql, SqlStatement::line)
          .containsExactly(tuple(body, 1), tuple("SELECT 1", 9));
    }

    @Test
    void taggedDollarQuoteMayContainDollarDollar() {
      String fn =
          "CREATE FUNCTION g() RETURNS text AS $body$ SELECT $$a;b$$ || ';' $body$ LANGUAGE sql";
      assertThat(sqls(pg, fn + ";\nDO $x$ BEGIN RAISE NOTICE ';'; END $x$;"))
          .containsExactly(fn, "DO $x$ BEGIN RAISE NOTICE ';'; END $x$");
    }

    @Test
    void positionalParameterIsNotADollarQuote() {
      assertThat(sqls(pg, "PREPARE p(int, int) AS SELECT $1 + $2;\nEXECUTE p(1, 2);"))
          .containsExactly("PREPARE p(int, int) AS SELECT $1 + $2", "EXECUTE p(1, 2)");
      assertThat(sqls(pg, "SELECT a$b$c FROM t; SELECT 2;"))
          .containsExactly("SELECT a$b$c FROM t", "SELECT 2");
    }

    @Test
    void nestedBlockComments() {
      assertThat(sqls(pg, "/* outer /* inner; */ still comment; */ SELECT 1;\nSELECT 2;"))
          .containsExactly("SELECT 1", "SELECT 2");
      // Elsewhere the first */ closes the comment.
      assertThat(sqls(SplitRules.h2(), "/* outer /* inner */ SELECT 1;"))
          .containsExactly("SELECT 1");
    }

    @Test
    void escapeStringWithBackslashQuote() {
      assertThat(sqls(pg, "SELECT E'it\\'s; \\\\', e'\\'';\nSELECT 2;"))
          .containsExactly("SELECT E'it\\'s; \\\\', e'\\''", "SELECT 2");
      assertThat(problems(pg, "SELECT E'\\'';")).isEmpty();
    }

    @Test
    void backslashEndsNothingInAStandardString() {
      String script = "SELECT 'C:\\';\nSELECT 2;";
      assertThat(sqls(pg, script)).containsExactly("SELECT 'C:\\'", "SELECT 2");
      assertThat(problems(pg, script)).isEmpty();
      // In MySQL the backslash escapes the quote, so the string never ends.
      assertThat(sqls(SplitRules.mysql(), script)).containsExactly("SELECT 'C:\\';\nSELECT 2;");
      assertThat(problems(SplitRules.mysql(), script))
          .containsExactly("unterminated string starting at line 1");
    }

    @Test
    void beginAtomicBodyEndsAtItsEnd() {
      String fn =
          """
          CREATE FUNCTION add(a int, b int) RETURNS int
          LANGUAGE sql
          BEGIN ATOMIC
            SELECT CASE WHEN a > 0 THEN a ELSE 0 END + b;
            SELECT 2;
          END""";
      assertThat(split(pg, fn + ";\nSELECT 3;"))
          .extracting(SqlStatement::sql, SqlStatement::line)
          .containsExactly(tuple(fn, 1), tuple("SELECT 3", 7));
      String proc = "CREATE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC INSERT INTO t VALUES (1); END";
      assertThat(sqls(pg, proc + ";SELECT 4;")).containsExactly(proc, "SELECT 4");
    }

    @Test
    void transactionBeginIsNotABlock() {
      assertThat(sqls(pg, "BEGIN;\nSELECT 1;\nEND;\nCOMMIT;"))
          .containsExactly("BEGIN", "SELECT 1", "END", "COMMIT");
    }

    @Test
    void copyFromStdinCarriesItsData() {
      String script =
          "COPY t (a, b) FROM stdin;\n1\tx;y\n2\t\\N\n\\.\nSELECT 1;\n"
              + "COPY u FROM STDIN WITH (FORMAT csv); -- data follows\n\"a;\",b\n\\.\n";
      assertThat(split(pg, script))
          .extracting(SqlStatement::sql, SqlStatement::line, SqlStatement::copyData)
          .containsExactly(
              tuple("COPY t (a, b) FROM stdin", 1, "1\tx;y\n2\t\\N\n"),
              tuple("SELECT 1", 5, null),
              tuple("COPY u FROM STDIN WITH (FORMAT csv)", 6, "\"a;\",b\n"));
      assertThat(problems(pg, script)).isEmpty();
    }

    @Test
    void copyDataWithoutTerminatorIsReported() {
      assertThat(split(pg, "COPY t FROM stdin;\n1\n2"))
          .extracting(SqlStatement::copyData)
          .containsExactly("1\n2");
      assertThat(problems(pg, "COPY t FROM stdin;\n1\n2"))
          .containsExactly("unterminated COPY data starting at line 2 (no \\. line)");
      assertThat(split(pg, "COPY t TO STDOUT;")).extracting(SqlStatement::copyData).containsNull();
    }

    @Test
    void semicolonInsideParenthesesIsText() {
      String rule = "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); NOTIFY t)";
      assertThat(sqls(pg, rule + ";\nSELECT 1;")).containsExactly(rule, "SELECT 1");
    }

    @Test
    void unterminatedDollarQuoteIsReportedWithItsTag() {
      assertThat(problems(pg, "SELECT 1;\n\nDO $body$ BEGIN NULL; END;"))
          .containsExactly("unterminated $body$ quote starting at line 3");
      assertThat(problems(pg, "DO $$ BEGIN"))
          .containsExactly("unterminated $$ quote starting at line 1");
    }
  }

  @Nested
  class H2 {
    @Test
    void doubleDollarStrings() {
      String alias = "CREATE ALIAS f AS $$ String f() { return \"a;b\"; } $$";
      assertThat(sqls(SplitRules.h2(), alias + ";\nSELECT 1;")).containsExactly(alias, "SELECT 1");
      // Only $$ is a quote in H2.
      assertThat(sqls(SplitRules.h2(), "SELECT $a$; SELECT 2;"))
          .containsExactly("SELECT $a$", "SELECT 2");
    }
  }

  @Nested
  class Oracle {
    private final SplitRules ora = SplitRules.oracle();

    @Test
    void slashEndsPlsqlUnitAndRunsPlainStatementOnce() {
      String proc = "CREATE OR REPLACE PROCEDURE p IS\nBEGIN\n  INSERT INTO t VALUES (1);\nEND;";
      String script = proc + "\n/\nSELECT 1 FROM dual;\n/\nINSERT INTO t VALUES (2)\n  /  \n\n/\n";
      assertThat(split(ora, script))
          .extracting(SqlStatement::sql, SqlStatement::line)
          .containsExactly(
              tuple(proc, 1), tuple("SELECT 1 FROM dual", 6), tuple("INSERT INTO t VALUES (2)", 8));
    }

    @Test
    void trailingSemicolonOfPlainStatementIsStripped() {
      assertThat(sqls(ora, "CREATE TABLE t (a NUMBER);\nINSERT INTO t VALUES (1);"))
          .containsExactly("CREATE TABLE t (a NUMBER)", "INSERT INTO t VALUES (1)");
    }

    @Test
    void anonymousBlocksAndUnitKinds() {
      String declare = "DECLARE\n  n NUMBER;\nBEGIN\n  n := 1;\nEND;";
      String begin = "BEGIN\n  NULL;\nEND;";
      String body =
          "CREATE OR REPLACE EDITIONABLE PACKAGE BODY pk AS\n"
              + "  PROCEDURE p IS BEGIN NULL; END;\nEND pk;";
      String trigger =
          "CREATE OR REPLACE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW\nBEGIN\n"
              + "  :NEW.a := 1;\nEND;";
      String type = "CREATE TYPE pt AS OBJECT (x NUMBER, y NUMBER);";
      String script =
          String.join("\n/\n", declare, begin, body, trigger, type)
              + "\n/\nCREATE VIEW v AS SELECT 1 x FROM dual;";
      assertThat(sqls(ora, script))
          .containsExactly(
              declare, begin, body, trigger, type, "CREATE VIEW v AS SELECT 1 x FROM dual");
    }

    @Test
    void plsqlUnitAtEndOfFileWithoutSlashKeepsItsEnd() {
      assertThat(sqls(ora, "SELECT 1 FROM dual;\nBEGIN\n  NULL;\nEND;\n"))
          .containsExactly("SELECT 1 FROM dual", "BEGIN\n  NULL;\nEND;");
    }

    @Test
    void qQuotesMayContainQuotesAndSemicolons() {
      String insert =
          "INSERT INTO t VALUES (q'[it's; done]', nq'{a'b}', Q'!x;'y!', q'(p;)', q'<';>')";
      assertThat(sqls(ora, insert + ";\nSELECT 2 FROM dual;"))
          .containsExactly(insert, "SELECT 2 FROM dual");
      assertThat(problems(ora, "SELECT q'[never' FROM dual;"))
          .containsExactly("unterminated q-quoted string starting at line 1");
    }

    @Test
    void slashInsideStringsCommentsAndExpressionsIsText() {
      String block = "BEGIN\n  x := 4\n  / 2;\n  y := '\n/\n';\n  /* \n/\n */\nEND;";
      assertThat(sqls(ora, block + "\n/\nSELECT 1 FROM dual;"))
          .containsExactly(block, "SELECT 1 FROM dual");
    }

    @Test
    void javaSourceIsCopiedVerbatim() {
      String java =
          "CREATE OR REPLACE AND COMPILE JAVA SOURCE NAMED \"Hello\" AS\n"
              + "public class Hello { // don't panic\n"
              + "  public static String hi() { return \"hi;\"; }\n}";
      assertThat(sqls(ora, java + "\n/\nSELECT 1 FROM dual;"))
          .containsExactly(java, "SELECT 1 FROM dual");
    }

    @Test
    void crlfSlashLines() {
      assertThat(split(ora, "BEGIN NULL; END;\r\n/\r\nSELECT 1 FROM dual;\r\n/\r\n"))
          .extracting(SqlStatement::sql, SqlStatement::line)
          .containsExactly(tuple("BEGIN NULL; END;", 1), tuple("SELECT 1 FROM dual", 3));
    }
  }

  @Nested
  class SqlServer {
    private final SplitRules mssql = SplitRules.sqlServer();

    @Test
    void onlyGoLinesSplit() {
      String batch = "CREATE PROCEDURE p AS\nBEGIN\n  SELECT 1;\n  BEGIN TRAN;\n  COMMIT;\nEND;";
      assertThat(sqls(mssql, batch + "\nGO\nSELECT 2; SELECT 3\n"))
          .containsExactly(batch, "SELECT 2; SELECT 3");
    }

    @Test
    void goInsideStringCommentOrIdentifierIsText() {
      String batch =
          "INSERT INTO t VALUES ('\n"
              + "GO\n"
              + "');\n"
              + "/*\n"
              + "GO\n"
              + " /* nested\n"
              + "GO\n"
              + " */\n"
              + "GO\n"
              + "*/\n"
              + "SELECT [x\n"
              + "GO\n"
              + "y] FROM t";
      String script = batch + "\n  go   -- done\nSELECT 2\nGOTO skip\nGo";
      assertThat(sqls(mssql, script)).containsExactly(batch, "SELECT 2\nGOTO skip");
    }

    @Test
    void goWithCountRepeatsTheBatch() {
      assertThat(split(mssql, "\nINSERT INTO t DEFAULT VALUES\nGO 3\nSELECT 1\nGO\nGO 2\n"))
          .extracting(SqlStatement::sql, SqlStatement::line)
          .containsExactly(
              tuple("INSERT INTO t DEFAULT VALUES", 2),
              tuple("INSERT INTO t DEFAULT VALUES", 2),
              tuple("INSERT INTO t DEFAULT VALUES", 2),
              tuple("SELECT 1", 4));
      assertThat(problems(mssql, "SELECT 1\nGO 0\n"))
          .containsExactly("GO 0 on line 2 is not a valid count; the batch runs once");
      assertThat(sqls(mssql, "SELECT 1\nGO 99999999999999999999\n")).containsExactly("SELECT 1");
    }

    @Test
    void crlfGoLines() {
      assertThat(split(mssql, "SELECT 1\r\nGO\r\n\r\nSELECT 2\r\ngo 2\r\n"))
          .extracting(SqlStatement::sql, SqlStatement::line)
          .containsExactly(tuple("SELECT 1", 1), tuple("SELECT 2", 4), tuple("SELECT 2", 4));
    }
  }

  @Nested
  class MySql {
    private final SplitRules my = SplitRules.mysql();

    @Test
    void delimiterCommandProcedure() {
      String proc = "CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n  SELECT 'a//b';\nEND";
      String script = "DELIMITER //\n" + proc + " //\ndelimiter ;\nCALL p();\n";
      assertThat(split(my, script))
          .extracting(SqlStatement::sql, SqlStatement::line)
          .containsExactly(tuple(proc, 2), tuple("CALL p()", 8));
    }

    @Test
    void delimiterGluedToEnd() {
      String script =
          "DELIMITER $$\n"
              + "CREATE FUNCTION f() RETURNS INT\n"
              + "BEGIN\n"
              + "  RETURN 1;\n"
              + "END$$\n"
              + "DELIMITER ;\n"
              + "SELECT f();";
      assertThat(sqls(my, script))
          .containsExactly(
              "CREATE FUNCTION f() RETURNS INT\nBEGIN\n  RETURN 1;\nEND", "SELECT f()");
      assertThat(problems(my, "DELIMITER\nSELECT 1;"))
          .containsExactly("DELIMITER without a delimiter on line 1");
    }

    @Test
    void storedProcedureWithoutDelimiter() {
      String proc =
          """
          CREATE DEFINER=`root`@`localhost` PROCEDURE p(IN x INT)
          BEGIN
            DECLARE i INT DEFAULT 0;
            IF x > 0 THEN
              SET i = IF(x > 10, 10, x);
            ELSEIF x < 0 THEN
              SET i = 0;
            END IF;
            CASE i WHEN 1 THEN SELECT 'one';
              ELSE SELECT CASE WHEN i > 1 THEN IF(i > 5, 'lots', 'many') END; END CASE;
            lbl: LOOP
              SET i = i - 1;
              IF i <= 0 THEN LEAVE lbl; END IF;
            END LOOP lbl;
            WHILE i < 3 DO SET i = i + 1; END WHILE;
            REPEAT SET i = i - 1; UNTIL i = 0 END REPEAT;
            SET @s = REPEAT('x', 3);
            inner_block: BEGIN
              SELECT 'END;';
            END inner_block;
          END""";
      assertThat(split(my, proc + ";\nSELECT 1;"))
          .extracting(SqlStatement::sql, SqlStatement::line)
          .containsExactly(tuple(proc, 1), tuple("SELECT 1", 22));
      assertThat(problems(my, proc + ";\nSELECT 1;")).isEmpty();
    }

    @Test
    void triggersAndEventsWithoutDelimiter() {
      String trigger =
          "CREATE TRIGGER t1 BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.a = 1; SET NEW.b = 2;"
              + " END";
      String bareIf =
          "CREATE TRIGGER t2 BEFORE UPDATE ON t FOR EACH ROW IF NEW.a < 0 THEN SET NEW.a = 0; END"
              + " IF";
      String simple = "CREATE TRIGGER t3 BEFORE DELETE ON t FOR EACH ROW SET @n = @n + 1";
      String event =
          "CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO BEGIN DELETE FROM t; DELETE FROM u; END";
      String function = "CREATE FUNCTION f(x INT) RETURNS INT DETERMINISTIC RETURN x + 1";
      String table = "CREATE TABLE log (event VARCHAR(10), `begin` INT)";
      String script =
          String.join(";\n", trigger, bareIf, simple, event, function, table, "SELECT 1;");
      assertThat(sqls(my, script))
          .containsExactly(trigger, bareIf, simple, event, function, table, "SELECT 1");
    }

    @Test
    void mariaDbAnonymousBlock() {
      String block = "BEGIN NOT ATOMIC\n  DECLARE x INT;\n  SET x = 1;\nEND";
      assertThat(sqls(my, block + ";\nBEGIN;\nSELECT 1;\nCOMMIT;"))
          .containsExactly(block, "BEGIN", "SELECT 1", "COMMIT");
    }

    @Test
    void hashCommentsBackticksAndDoubleQuotedStrings() {
      String script =
          "# a comment; with 'quote\n"
              + "SELECT `a;b`, \"x\\\";y\", 'it\\'s;' FROM `t``;`; # trailing\n"
              + "SELECT 2;";
      assertThat(sqls(my, script))
          .containsExactly("SELECT `a;b`, \"x\\\";y\", 'it\\'s;' FROM `t``;`", "SELECT 2");
    }

    @Test
    void dashDashNeedsWhitespaceToBeAComment() {
      assertThat(sqls(my, "SELECT 1--1;\nSELECT 2;--\nSELECT 3; -- x;\n"))
          .containsExactly("SELECT 1--1", "SELECT 2", "SELECT 3");
    }

    @Test
    void executableCommentsAreSql() {
      String script =
          "/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE */;\n"
              + "/* plain; comment */\n"
              + "CREATE TABLE t (a INT) /*!50100 ENGINE=InnoDB; */ /*M!100100 COMMENT 'x' */;\n"
              + "SELECT 1;";
      assertThat(split(my, script))
          .extracting(SqlStatement::sql, SqlStatement::line)
          .containsExactly(
              tuple("/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE */", 1),
              tuple(
                  "CREATE TABLE t (a INT) /*!50100 ENGINE=InnoDB; */ /*M!100100 COMMENT 'x' */", 3),
              tuple("SELECT 1", 4));
      assertThat(problems(my, "/*!40101 SET x = 1;\nSELECT 2;"))
          .containsExactly("unterminated /*! executable comment starting at line 1");
    }

    @Test
    void mysqldumpTriggerInExecutableComments() {
      String trigger =
          "/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`%`*/ /*!50003 TRIGGER trg BEFORE INSERT ON t "
              + "FOR EACH ROW BEGIN\n  SET NEW.a = 1;\nEND */";
      assertThat(sqls(my, "DELIMITER ;;\n" + trigger + ";;\nDELIMITER ;\nSELECT 1;"))
          .containsExactly(trigger, "SELECT 1");
      assertThat(sqls(my, trigger + ";\nSELECT 1;")).containsExactly(trigger, "SELECT 1");
    }

    @Test
    void unterminatedBlockIsReported() {
      assertThat(problems(my, "SELECT 1;\nCREATE PROCEDURE p() BEGIN SELECT 1;"))
          .containsExactly("unterminated BEGIN ... END block starting at line 2");
    }
  }

  @Nested
  class Sqlite {
    @Test
    void triggerBodyIsOneStatement() {
      String trigger =
          """
          CREATE TEMP TRIGGER IF NOT EXISTS trg AFTER INSERT ON t
          BEGIN
            UPDATE t SET b = CASE WHEN new.a > 0 THEN 1 ELSE 0 END WHERE rowid = new.rowid;
            INSERT INTO [log;] VALUES ('END;');
          END""";
      assertThat(split(SplitRules.sqlite(), trigger + ";\nSELECT 1;"))
          .extracting(SqlStatement::sql, SqlStatement::line)
          .containsExactly(tuple(trigger, 1), tuple("SELECT 1", 6));
    }

    @Test
    void transactionBeginIsNotABlock() {
      assertThat(sqls(SplitRules.sqlite(), "BEGIN TRANSACTION;\nSELECT 1;\nEND;"))
          .containsExactly("BEGIN TRANSACTION", "SELECT 1", "END");
    }
  }

  @Nested
  class Rules {
    @Test
    void toBuilderChangesOneFlag() {
      assertThat(SplitRules.mysql().toBuilder().build()).isEqualTo(SplitRules.mysql());
      SplitRules noBackslashEscapes =
          SplitRules.mysql().toBuilder().backslashEscapes(false).build();
      assertThat(sqls(noBackslashEscapes, "SELECT 'C:\\';\nSELECT 2;"))
          .containsExactly("SELECT 'C:\\'", "SELECT 2");
    }

    @Test
    void bodyKindsAreNormalizedToUpperCase() {
      SplitRules rules = SplitRules.builder().beginEndBodies(Set.of("trigger")).build();
      assertThat(rules.beginEndBodies()).containsExactly("TRIGGER");
      assertThat(sqls(rules, "CREATE TRIGGER t BEGIN SELECT 1; END; SELECT 2;"))
          .containsExactly("CREATE TRIGGER t BEGIN SELECT 1; END", "SELECT 2");
    }

    @Test
    void problemsCanBeCollectedWhileSplitting() throws IOException {
      List<SqlStatement> statements = new ArrayList<>();
      List<String> problems = new ArrayList<>();
      new StatementSplitter(SplitRules.oracle())
          .split(new StringReader("SELECT 1 FROM dual;\nSELECT '"), statements::add, problems::add);
      assertThat(statements)
          .extracting(SqlStatement::sql)
          .containsExactly("SELECT 1 FROM dual", "SELECT '");
      assertThat(problems).containsExactly("unterminated string starting at line 2");
    }
  }

  @Nested
  class Streaming {

    /** A reader that hands out at most three characters per call and counts what it gave. */
    private static final class TrickleReader extends Reader {
      private final Reader delegate;
      int delivered;

      TrickleReader(String text) {
        delegate = new StringReader(text);
      }

      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        int n = delegate.read(buffer, offset, Math.min(length, 3));
        if (n > 0) {
          delivered += n;
        }
        return n;
      }

      @Override
      public void close() {}
    }

    @Test
    void statementsReachTheSinkBeforeTheScriptIsRead() throws IOException {
      String script = "SELECT 1;\n" + "INSERT INTO t VALUES ('filler');\n".repeat(10_000);
      TrickleReader reader = new TrickleReader(script);
      List<Integer> deliveredAtFirstStatement = new ArrayList<>();
      int[] count = {0};
      new StatementSplitter(SplitRules.postgres())
          .split(
              reader,
              statement -> {
                if (count[0]++ == 0) {
                  deliveredAtFirstStatement.add(reader.delivered);
                }
              });
      assertThat(count[0]).isEqualTo(10_001);
      assertThat(deliveredAtFirstStatement.get(0)).isLessThan(20_000);
    }

    @Test
    void tinyReadsGiveTheSameResultAsAString() throws IOException {
      String script =
          "CREATE FUNCTION f() AS $body$ x; $body$;\n"
              + "COPY t FROM stdin;\n"
              + "1\n"
              + "\\.\n"
              + "-- c\n"
              + "SELECT 'a;b';";
      List<SqlStatement> streamed = new ArrayList<>();
      new StatementSplitter(SplitRules.postgres()).split(new TrickleReader(script), streamed::add);
      assertThat(streamed).isEqualTo(split(SplitRules.postgres(), script)).hasSize(3);
    }

    @Test
    void hugeLinesAndStatementsAreFine() {
      String big = "x".repeat(300_000);
      String script = "SELECT '" + big + "';\nGO\n-- " + big + "\nSELECT 2;";
      assertThat(sqls(SplitRules.postgres(), script))
          .containsExactly("SELECT '" + big + "'", "GO\n-- " + big + "\nSELECT 2");
      assertThat(sqls(SplitRules.sqlServer(), script)).hasSize(2);
    }
  }
}
