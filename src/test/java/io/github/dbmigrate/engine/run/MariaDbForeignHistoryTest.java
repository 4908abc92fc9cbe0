package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.testing.NeedsDatabaseServer;
import io.github.dbmigrate.engine.testing.TestDatabase;

/** Foreign history tables on a real MariaDB server. */
@NeedsDatabaseServer
class MariaDbForeignHistoryTest extends ForeignHistoryScenarioTest {

  @Override
  TestDatabase createDatabase() {
    return TestDatabase.mariadb();
  }

  /** MariaDB's || is OR unless in ANSI mode. */
  @Override
  java.util.List<String> storedVersions() {
    return db.column("SELECT CASE WHEN version IS NULL THEN NULL ELSE concat('[', version, ']') END"
        + " FROM dbmigrate_versions ORDER BY version");
  }

  /** MariaDB keeps a name's case (lower_case_table_names=0 on Linux): quoted as written. */
  @Override
  String quotedFolded(String table) {
    return '`' + table + '`';
  }

  /** Table names are case-sensitive on Linux, quoted or not. */
  @Override
  String unquotedSpelling() {
    return "dbmigrate_versions";
  }
}
