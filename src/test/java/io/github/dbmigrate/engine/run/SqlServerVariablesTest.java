package io.github.dbmigrate.engine.run;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.dbmigrate.engine.testing.NeedsDatabaseServer;
import io.github.dbmigrate.engine.testing.TestDatabase;

/**
 * Variables on a real SQL Server (the session context), run only when {@code DBMIGRATE_TEST_SQLSERVER_URL}
 * names an administrator's URL, as for {@link SqlServerServerTest}.
 */
@NeedsDatabaseServer
class SqlServerVariablesTest extends VariablesScenarioTest {

  private static final String ADMIN_URL =
      TestDatabase.setting("dbmigrate.test.sqlserverUrl", "DBMIGRATE_TEST_SQLSERVER_URL", null);

  @Override
  TestDatabase createDatabase() {
    assumeTrue(ADMIN_URL != null, "no SQL Server: set DBMIGRATE_TEST_SQLSERVER_URL to run these");
    return TestDatabase.sqlServer(ADMIN_URL);
  }

  /** SESSION_CONTEXT returns a sql_variant, which an INSERT takes only once cast. */
  @Override
  String read(String name) {
    return "CAST(SESSION_CONTEXT(N'dbmigrate." + name + "') AS nvarchar(4000))";
  }

  @Override
  String moveSession() {
    return "USE master;\n";
  }

  @Override
  String overwriteDevData() {
    return "EXEC sp_set_session_context @key = N'dbmigrate.dev_data', @value = N'changed';\n";
  }
}
