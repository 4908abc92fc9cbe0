package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.testing.TestDatabase;

/** The release scenario on PostgreSQL. */
class PostgresReleaseTest extends ReleaseScenarioTest {

  @Override
  TestDatabase createDatabase() {
    return TestDatabase.postgres();
  }
}
