package io.github.dbmigrate.engine.run;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.dbmigrate.engine.testing.NeedsDatabaseServer;
import io.github.dbmigrate.engine.testing.TestDatabase;

/**
 * Variables on a real Oracle server (the CLIENTCONTEXT namespace), run only when
 * {@code DBMIGRATE_TEST_ORACLE_URL} names an administrator's URL, as for {@link OracleServerTest}.
 */
@NeedsDatabaseServer
class OracleVariablesTest extends VariablesScenarioTest {

  private static final String ADMIN_URL =
      TestDatabase.setting("dbmigrate.test.oracleUrl", "DBMIGRATE_TEST_ORACLE_URL", null);

  @Override
  TestDatabase createDatabase() {
    assumeTrue(ADMIN_URL != null, "no Oracle server: set DBMIGRATE_TEST_ORACLE_URL to run these");
    return TestDatabase.oracle(ADMIN_URL);
  }

  @Override
  String fromNothing() {
    return " FROM dual";
  }

  @Override
  String read(String name) {
    return "SYS_CONTEXT('CLIENTCONTEXT', '" + name + "')";
  }

  @Override
  String moveSession() {
    return "ALTER SESSION SET CURRENT_SCHEMA = SYSTEM;\n";
  }

  @Override
  String overwriteDevData() {
    return "BEGIN\n  DBMS_SESSION.SET_CONTEXT('CLIENTCONTEXT', 'dev_data', 'changed');\nEND;\n/\n";
  }
}
