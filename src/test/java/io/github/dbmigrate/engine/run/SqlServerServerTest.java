package io.github.dbmigrate.engine.run;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.dbmigrate.engine.testing.NeedsDatabaseServer;
import io.github.dbmigrate.engine.testing.TestDatabase;
import java.io.IOException;

/**
 * The scenario on a real SQL Server, run only when {@code DBMIGRATE_TEST_SQLSERVER_URL} (or the
 * system property {@code dbmigrate.test.sqlserverUrl}) names an administrator's URL such as
 * {@code jdbc:sqlserver://localhost:1433;user=sa;password=...;encrypt=false}; each test gets a fresh
 * database. SQL Server's DDL is transactional, and a script without GO lines is one batch.
 */
@NeedsDatabaseServer
class SqlServerServerTest extends EngineScenarioTest {

  @Override
  String productAndVersionStart() {
    return "Microsoft SQL Server 1";
  }


  private static final String ADMIN_URL =
      TestDatabase.setting("dbmigrate.test.sqlserverUrl", "DBMIGRATE_TEST_SQLSERVER_URL", null);
  private static final String SKIPPED = "no SQL Server: set DBMIGRATE_TEST_SQLSERVER_URL to an"
      + " administrator's JDBC URL (for example jdbc:sqlserver://localhost:1433;user=sa;password=...;"
      + "encrypt=false) to run these";

  @Override
  TestDatabase createDatabase() {
    assumeTrue(ADMIN_URL != null, SKIPPED);
    return TestDatabase.sqlServer(ADMIN_URL);
  }

  /** The whole run was rolled back, CREATE TABLE included. */
  @Override
  int itemsAfterFailedAllMode() {
    return -1;
  }

  @Override
  String sleepStatement(int millis) {
    return String.format("WAITFOR DELAY '00:00:%02d.%03d';", millis / 1000, millis % 1000);
  }

  /**
   * The same pair cut into batches with GO, as the scenario expects separate statements (line 1 runs,
   * line 3 fails); without GO each file would be one batch.
   */
  @Override
  void writeFailingPair() throws IOException {
    write(V1 + "_create-items.up.sql",
        "CREATE TABLE items (id int PRIMARY KEY)\nGO\nINSERT INTO items VALUES (1)\nGO\nINSERT INTO items VALUES (2)\n");
    write(V2 + "_broken.up.sql", "INSERT INTO items VALUES (3)\nGO\nSELECT * FROM no_such_table\n");
  }
}
