package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.testing.NeedsDatabaseServer;
import io.github.dbmigrate.engine.testing.TestDatabase;

/** Two PostgreSQL databases of one server, each with its own lock and history. */
@NeedsDatabaseServer
class PostgresManyTargetsTest extends ManyTargetsScenarioTest {

  @Override
  TestDatabase createLeft() {
    return TestDatabase.postgres();
  }

  @Override
  TestDatabase createRight() {
    return TestDatabase.postgres();
  }
}
