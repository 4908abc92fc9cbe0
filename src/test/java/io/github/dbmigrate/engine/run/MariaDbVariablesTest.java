package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.testing.NeedsDatabaseServer;
import io.github.dbmigrate.engine.testing.TestDatabase;

/** Variables on MariaDB: user variables {@code @dbmigrate_<name>}. */
@NeedsDatabaseServer
class MariaDbVariablesTest extends VariablesScenarioTest {

  @Override
  TestDatabase createDatabase() {
    return TestDatabase.mariadb();
  }

  @Override
  String read(String name) {
    return "@dbmigrate_" + name;
  }

  @Override
  String moveSession() {
    return "USE information_schema;\n";
  }

  @Override
  String overwriteDevData() {
    return "SET @dbmigrate_dev_data = 'changed';\n";
  }
}
