package io.github.dbmigrate.engine.run;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.dbmigrate.engine.testing.NeedsDatabaseServer;
import io.github.dbmigrate.engine.testing.TestDatabase;

/**
 * The scenario on a real Oracle server, run only when {@code DBMIGRATE_TEST_ORACLE_URL} (or the
 * system property {@code dbmigrate.test.oracleUrl}) names an administrator's URL such as
 * {@code jdbc:oracle:thin:system/secret@//localhost:1521/FREEPDB1}; each test gets a fresh user.
 * Oracle commits DDL implicitly.
 */
@NeedsDatabaseServer
class OracleServerTest extends EngineScenarioTest {

  @Override
  String productAndVersionStart() {
    return "Oracle";
  }


  private static final String ADMIN_URL =
      TestDatabase.setting("dbmigrate.test.oracleUrl", "DBMIGRATE_TEST_ORACLE_URL", null);
  private static final String SKIPPED = "no Oracle server: set DBMIGRATE_TEST_ORACLE_URL to an"
      + " administrator's JDBC URL (for example jdbc:oracle:thin:system/secret@//localhost:1521/FREEPDB1)"
      + " to run these";

  @Override
  TestDatabase createDatabase() {
    assumeTrue(ADMIN_URL != null, SKIPPED);
    return TestDatabase.oracle(ADMIN_URL);
  }

  /** CREATE TABLE items committed itself; the inserts were rolled back. */
  @Override
  int itemsAfterFailedAllMode() {
    return 0;
  }

  /** DBMS_SESSION.SLEEP (18c and later) is granted to everyone; a PL/SQL block ends at "/". */
  @Override
  String sleepStatement(int millis) {
    return "BEGIN DBMS_SESSION.SLEEP(" + millis / 1000.0 + "); END;\n/";
  }

  /** Before 23ai Oracle does not name the table in ORA-00942. */
  @Override
  String noSuchTableSpelling() {
    return "ORA-00942";
  }

  @Override
  String historyColumnCountSql() {
    return "SELECT count(*) FROM user_tab_columns WHERE table_name = 'DBMIGRATE_VERSIONS'";
  }
}
