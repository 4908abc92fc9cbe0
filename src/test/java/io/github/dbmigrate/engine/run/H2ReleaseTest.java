package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.testing.TestDatabase;

/** The release scenario on embedded H2 (whose lock lives in a table a dry run must not create). */
class H2ReleaseTest extends ReleaseScenarioTest {

  @Override
  TestDatabase createDatabase() {
    return TestDatabase.h2();
  }
}
