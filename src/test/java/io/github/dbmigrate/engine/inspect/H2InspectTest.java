package io.github.dbmigrate.engine.inspect;

import io.github.dbmigrate.engine.testing.TestDatabase;

/** {@code history} and {@code show} on embedded H2. */
class H2InspectTest extends InspectScenarioTest {

  @Override
  TestDatabase createDatabase() {
    return TestDatabase.h2();
  }
}
