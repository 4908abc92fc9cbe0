package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.testing.NeedsDatabaseServer;
import io.github.dbmigrate.engine.testing.TestDatabase;

/** Variables on PostgreSQL: custom settings {@code dbmigrate.<name>}. */
@NeedsDatabaseServer
class PostgresVariablesTest extends VariablesScenarioTest {

  @Override
  TestDatabase createDatabase() {
    return TestDatabase.postgres();
  }

  @Override
  String read(String name) {
    return "current_setting('dbmigrate." + name + "', true)";
  }

  @Override
  String moveSession() {
    return "CREATE SCHEMA other;\nSET search_path TO other;\n";
  }

  @Override
  String overwriteDevData() {
    return "SELECT set_config('dbmigrate.dev_data', 'changed', false);\n";
  }
}
