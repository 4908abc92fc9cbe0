package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.testing.TestDatabase;
import io.github.dbmigrate.maven.MavenFrontEnd;

/** The scenario on embedded H2, whose DDL commits implicitly. */
class H2EngineTest extends EngineScenarioTest {

  @Override
  String productAndVersionStart() {
    return "H2 2.";
  }


  @Override
  TestDatabase createDatabase() {
    TestDatabase h2 = TestDatabase.h2();
    h2.execute("CREATE ALIAS IF NOT EXISTS SLEEP_MS FOR 'java.lang.Thread.sleep'");
    return h2;
  }

  /** The CREATE TABLE committed itself; the inserts were rolled back. */
  @Override
  int itemsAfterFailedAllMode() {
    return 0;
  }

  @Override
  String sleepStatement(int millis) {
    return "CALL SLEEP_MS(" + millis + ");";
  }

  @Override
  String noSuchTableSpelling() {
    return "NO_SUCH_TABLE";
  }

  @org.junit.jupiter.api.Test
  void aRunThatCannotGetTheLockGivesUpAndChangesNothing() throws Exception {
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    try (java.sql.Connection holder = db.connect()) {
      org.assertj.core.api.Assertions.assertThat(io.github.dbmigrate.engine.lock.RowLock.h2().tryAcquire(holder,
          new io.github.dbmigrate.engine.lock.LockTarget("held by this test", "dbmigrate_versions_lock"))).isPresent();
      var base = config(io.github.dbmigrate.engine.TxnMode.ALL);
      var impatient = io.github.dbmigrate.engine.testing.Configs.of(base.target().database(),
          base.target().table(), base.sources().dirs(), io.github.dbmigrate.engine.TxnMode.ALL,
          java.time.Duration.ofMillis(500), false, dir, "tester");

      org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Migrator(impatient, listener).up())
          .hasMessageContaining("Gave up waiting for the migration lock after 500 ms")
          .hasMessageContaining("Nothing was changed")
          .isInstanceOfSatisfying(io.github.dbmigrate.engine.LockTimeout.class, timeout ->
              org.assertj.core.api.Assertions.assertThat(timeout.details()).containsKey("lockHolder")
                  .containsEntry("lockHolder", timeout.holder()));
    }
    org.assertj.core.api.Assertions.assertThat(db.tableExists("a")).isFalse();
  }

  @org.junit.jupiter.api.Test
  void theTargetLineNamesTheServersUserSchemaAndHistoryTable() throws Exception {
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    migrator(io.github.dbmigrate.engine.TxnMode.PER_FILE).status();
    org.assertj.core.api.Assertions.assertThat(listener.messages(io.github.dbmigrate.engine.event.EngineEvent.Kind.TARGET))
        .singleElement().asString().endsWith("), schema PUBLIC, history table PUBLIC.dbmigrate_versions.");
  }
}
