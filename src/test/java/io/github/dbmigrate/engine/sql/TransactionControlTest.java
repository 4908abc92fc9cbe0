package io.github.dbmigrate.engine.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each database's spellings of a script's own transaction control, as its client splits the script. */
class TransactionControlTest {

  /** "line: text" of each statement of the script that controls the transaction. */
  private static List<String> found(TransactionControl control, SplitRules rules, String script) {
    return Splits.split(rules, script).stream()
        .map(statement -> control.find(statement, rules))
        .flatMap(Optional::stream)
        .map(found -> found.line() + ": " + found.text())
        .toList();
  }

  private static List<String> postgres(String script) {
    return found(TransactionControl.POSTGRES, SplitRules.postgres(), script);
  }

  private static List<String> mysql(String script) {
    return found(TransactionControl.MYSQL, SplitRules.mysql(), script);
  }

  private static List<String> sqlServer(String script) {
    return found(TransactionControl.SQL_SERVER, SplitRules.sqlServer(), script);
  }

  private static List<String> oracle(String script) {
    return found(TransactionControl.ORACLE, SplitRules.oracle(), script);
  }

  @Test
  void postgresSpellingsAreFoundWithTheirLines() {
    assertThat(postgres("BEGIN;\nCREATE TABLE a (id int);\n-- done\ncommit work;\nEND;\nABORT TRANSACTION;\n"
        + "start transaction isolation level serializable;\nROLLBACK AND CHAIN;\nBEGIN WORK;\n"
        + "PREPARE TRANSACTION 'x';\nCOMMIT PREPARED 'x';\n/* why */ Rollback;"))
        .containsExactly("1: BEGIN", "4: commit work", "5: END", "6: ABORT TRANSACTION",
            "7: start transaction isolation level serializable", "8: ROLLBACK AND CHAIN", "9: BEGIN WORK",
            "10: PREPARE TRANSACTION 'x'", "11: COMMIT PREPARED 'x'", "12: Rollback");
  }

  @Test
  void postgresBodiesSavepointsAndLookalikesAreNotTopLevelTransactionControl() {
    assertThat(postgres("""
        DO $$ BEGIN COMMIT; END $$;
        CREATE PROCEDURE p() LANGUAGE plpgsql AS $body$ BEGIN COMMIT; ROLLBACK; END $body$;
        CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END;
        SAVEPOINT s;
        ROLLBACK TO SAVEPOINT s;
        ROLLBACK WORK TO s;
        RELEASE SAVEPOINT s;
        PREPARE q AS SELECT 1;
        SET TRANSACTION ISOLATION LEVEL SERIALIZABLE;
        SELECT 'COMMIT';
        CREATE TABLE "begin" (commit int);
        INSERT INTO "begin" VALUES (1) -- COMMIT
        ;
        """)).isEmpty();
  }

  @Test
  void mysqlSpellingsIncludeAutocommitAndXa() {
    assertThat(mysql("BEGIN;\nBEGIN WORK;\nSTART TRANSACTION WITH CONSISTENT SNAPSHOT;\nCOMMIT AND NO CHAIN;\n"
        + "ROLLBACK WORK;\nSET autocommit = 0;\nSET @@autocommit := 1;\nSET SESSION autocommit=1;\n"
        + "SET sql_mode = '', @@session.autocommit = 0;\nXA START 'x';\n/*!40101 SET AUTOCOMMIT=0 */;\n"
        + "# a comment\nset Local autocommit = 1;"))
        .containsExactly("1: BEGIN", "2: BEGIN WORK", "3: START TRANSACTION WITH CONSISTENT SNAPSHOT",
            "4: COMMIT AND NO CHAIN", "5: ROLLBACK WORK", "6: SET autocommit = 0", "7: SET @@autocommit := 1",
            "8: SET SESSION autocommit=1", "9: SET sql_mode = '', @@session.autocommit = 0", "10: XA START 'x'",
            "11: /*!40101 SET AUTOCOMMIT=0 */", "13: set Local autocommit = 1");
  }

  @Test
  void mysqlStoredProgramsCompoundBlocksSavepointsAndOtherSetsAreFine() {
    assertThat(mysql("""
        CREATE PROCEDURE p()
        BEGIN
          START TRANSACTION;
          COMMIT;
        END;
        DELIMITER //
        CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW BEGIN SET @x = 1; END //
        DELIMITER ;
        BEGIN NOT ATOMIC SELECT 1; END;
        SAVEPOINT s;
        ROLLBACK TO s;
        ROLLBACK WORK TO SAVEPOINT s;
        SET @autocommit = 0;
        SET GLOBAL autocommit = 0;
        SET @@global.autocommit = 0;
        SET TRANSACTION ISOLATION LEVEL READ COMMITTED;
        INSERT INTO a VALUES ('it\\'s; COMMIT');
        """)).isEmpty();
  }

  @Test
  void mariaDbAnonymousBlocksRunNowSoTheirCommitAndRollbackAreFound() {
    assertThat(mysql("""
        BEGIN NOT ATOMIC
          INSERT INTO a VALUES (1);
          IF (SELECT count(*) FROM a) > 1 THEN
            ROLLBACK;
          END IF;
        END;
        begin not atomic
          DECLARE EXIT HANDLER FOR SQLEXCEPTION rollback;
          INSERT INTO a VALUES (2);
        END;
        BEGIN NOT ATOMIC DECLARE CONTINUE HANDLER FOR 1062 COMMIT; SELECT 1; END;
        BEGIN NOT ATOMIC SELECT 1; START TRANSACTION; END;
        BEGIN NOT ATOMIC SET autocommit = 0; END;
        """)).containsExactly("4: ROLLBACK;", "8: DECLARE EXIT HANDLER FOR SQLEXCEPTION rollback;",
            "11: BEGIN NOT ATOMIC DECLARE CONTINUE HANDLER FOR 1062 COMMIT; S...",
            "12: BEGIN NOT ATOMIC SELECT 1; START TRANSACTION; END", "13: BEGIN NOT ATOMIC SET autocommit = 0; END");
    assertThat(mysql("""
        BEGIN NOT ATOMIC
          SAVEPOINT s;
          INSERT INTO a (`commit`, rollback) SELECT commit, rollback FROM b;
          ROLLBACK TO SAVEPOINT s;
          ROLLBACK WORK TO s;
          SELECT 'COMMIT';
          SET @x = 1;
        END;
        """)).isEmpty();
  }

  @Test
  void sqlServerTopLevelStatementsOfABatchAreFoundButBlocksAndProceduresAreNot() {
    assertThat(sqlServer("CREATE TABLE a (id int)\nBEGIN TRAN\nINSERT INTO a VALUES (1)\nCOMMIT TRAN\nGO\n"
        + "BEGIN TRANSACTION t1;\nGO\nSET IMPLICIT_TRANSACTIONS OFF\nGO\nIF 1 = 1 ROLLBACK\nGO\n"
        + "begin distributed tran\nGO\nSAVE TRAN s\nROLLBACK TRAN other\nGO"))
        .containsExactly("2: BEGIN TRAN", "6: BEGIN TRANSACTION t1;", "8: SET IMPLICIT_TRANSACTIONS OFF",
            "10: IF 1 = 1 ROLLBACK", "12: begin distributed tran", "15: ROLLBACK TRAN other");
    assertThat(sqlServer("""
        CREATE PROCEDURE p AS
        BEGIN TRAN
        COMMIT
        GO
        CREATE OR ALTER TRIGGER t ON a AFTER INSERT AS ROLLBACK
        GO
        BEGIN TRY
          BEGIN TRAN
          UPDATE a SET id = CASE WHEN id > 0 THEN 1 ELSE 2 END
          COMMIT
        END TRY
        BEGIN CATCH
          ROLLBACK;
          THROW;
        END CATCH
        GO
        SAVE TRANSACTION s1
        DELETE FROM a
        ROLLBACK TRANSACTION s1
        SAVE TRAN @sp
        ROLLBACK TRAN @sp
        SELECT 'COMMIT', [commit] FROM a -- ROLLBACK
        /* COMMIT /* nested */ ROLLBACK */
        GO
        """)).isEmpty();
  }

  @Test
  void oraclesBeginIsAPlSqlBlockButCommitAndRollbackAreFound() {
    assertThat(oracle("BEGIN\n  COMMIT;\nEND;\n/\nDECLARE x int; BEGIN ROLLBACK; END;\n/\n"
        + "SAVEPOINT s;\nROLLBACK TO SAVEPOINT s;\nSET TRANSACTION READ ONLY;\nCOMMIT WORK;\nROLLBACK;"))
        .containsExactly("10: COMMIT WORK", "11: ROLLBACK");
  }

  @Test
  void sqliteAndH2Spellings() {
    assertThat(found(TransactionControl.SQLITE, SplitRules.sqlite(), "BEGIN IMMEDIATE;\nEND TRANSACTION;\n"
        + "CREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT 1; END;\nSAVEPOINT s;\nROLLBACK TRANSACTION TO s;\n"
        + "COMMIT;")).containsExactly("1: BEGIN IMMEDIATE", "2: END TRANSACTION", "6: COMMIT");
    assertThat(found(TransactionControl.H2, SplitRules.h2(), "SET AUTOCOMMIT FALSE;\nPREPARE COMMIT tx;\n"
        + "BEGIN TRANSACTION;\nCREATE ALIAS f AS $$ int f() { return 1; } $$;\nSET MODE PostgreSQL;"))
        .containsExactly("1: SET AUTOCOMMIT FALSE", "2: PREPARE COMMIT tx", "3: BEGIN TRANSACTION");
  }

  @Test
  void aLongStatementIsShownCutOnItsFirstLine() {
    assertThat(postgres("COMMIT -- " + "x".repeat(100) + "\n;"))
        .singleElement().asString().startsWith("1: COMMIT -- xxx").endsWith("x...");
  }
}
