package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.testing.TestDatabase;

/** Two targets without a server: an in-memory H2 database and a SQLite file. */
class H2SqliteManyTargetsTest extends ManyTargetsScenarioTest {

  @Override
  TestDatabase createLeft() {
    return TestDatabase.h2();
  }

  @Override
  TestDatabase createRight() {
    return TestDatabase.sqlite();
  }
}
