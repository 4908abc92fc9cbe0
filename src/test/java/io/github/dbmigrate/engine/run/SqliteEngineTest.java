package io.github.dbmigrate.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.DbMigrateException;
import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.TxnMode;
import io.github.dbmigrate.engine.testing.Configs;
import io.github.dbmigrate.engine.testing.TestDatabase;
import io.github.dbmigrate.maven.MavenFrontEnd;
import org.junit.jupiter.api.Test;

/**
 * The scenario on a SQLite file, where DDL is transactional but there is no migration lock: every
 * run passes noLock, the concurrency case is skipped, and runs without noLock are refused.
 */
class SqliteEngineTest extends EngineScenarioTest {

  @Override
  String productAndVersionStart() {
    return "SQLite 3.";
  }


  @Override
  TestDatabase createDatabase() {
    return TestDatabase.sqlite();
  }

  @Override
  boolean databaseHasLock() {
    return false;
  }

  /** The whole run was rolled back, CREATE TABLE included. */
  @Override
  int itemsAfterFailedAllMode() {
    return -1;
  }

  /** Not used: the concurrency case, the only one that sleeps, does not run on SQLite. */
  @Override
  String sleepStatement(int millis) {
    return "SELECT 1;";
  }

  @Override
  String historyColumnCountSql() {
    return "SELECT count(*) FROM pragma_table_info('dbmigrate_versions')";
  }

  @Test
  void upAndDownAreRefusedWithoutNoLockSayingWhyAndNothingIsTouched() throws Exception {
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    write(V1 + "_a.down.sql", "DROP TABLE a;");
    EngineConfig base = config(TxnMode.ALL);
    EngineConfig locking = Configs.of(base.target().database(), base.target().table(),
        base.sources().dirs(), TxnMode.ALL, base.options().lockTimeout(), false, base.outputs().reportDir(),
        "tester");

    assertThatThrownBy(() -> new Migrator(locking, listener).up())
        .isInstanceOf(DbMigrateException.class)
        .hasMessageContaining("SQLite has no lock")
        .hasMessageContaining("dbmigrate:up therefore runs only with -Ddbmigrate.noLock=true");
    assertThatThrownBy(() -> new Migrator(locking, listener).down(1, null))
        .hasMessageContaining("dbmigrate:down therefore runs only with -Ddbmigrate.noLock=true");
    assertThat(db.tableExists("dbmigrate_versions")).isFalse();

    new Migrator(locking, listener).status(); // reading needs no lock
  }
}
