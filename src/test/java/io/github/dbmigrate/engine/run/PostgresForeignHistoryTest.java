package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.testing.NeedsDatabaseServer;
import io.github.dbmigrate.engine.testing.TestDatabase;

/** Foreign history tables on a real PostgreSQL server. */
@NeedsDatabaseServer
class PostgresForeignHistoryTest extends ForeignHistoryScenarioTest {

  @Override
  TestDatabase createDatabase() {
    return TestDatabase.postgres();
  }

  @Override
  String quotedFolded(String table) {
    return '"' + table.toLowerCase(java.util.Locale.ROOT) + '"';
  }
}
