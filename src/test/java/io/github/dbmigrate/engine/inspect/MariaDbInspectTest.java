package io.github.dbmigrate.engine.inspect;

import io.github.dbmigrate.engine.testing.NeedsDatabaseServer;
import io.github.dbmigrate.engine.testing.TestDatabase;

/** {@code history} and {@code show} on a real MariaDB server. */
@NeedsDatabaseServer
class MariaDbInspectTest extends InspectScenarioTest {

  @Override
  TestDatabase createDatabase() {
    return TestDatabase.mariadb();
  }
}
