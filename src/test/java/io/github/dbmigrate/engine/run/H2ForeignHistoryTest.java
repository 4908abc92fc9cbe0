package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.testing.TestDatabase;

/** Foreign history tables on embedded H2. */
class H2ForeignHistoryTest extends ForeignHistoryScenarioTest {

  @Override
  TestDatabase createDatabase() {
    return TestDatabase.h2();
  }

  @Override
  String quotedFolded(String table) {
    return '"' + table.toUpperCase(java.util.Locale.ROOT) + '"';
  }
}
