package io.github.dbmigrate.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.EngineEvent.Kind;
import io.github.dbmigrate.engine.TxnMode;
import io.github.dbmigrate.engine.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The scenario on a real PostgreSQL server, where DDL is transactional. */
class PostgresEngineTest extends EngineScenarioTest {

  @Override
  TestDatabase createDatabase() {
    return TestDatabase.postgres();
  }

  @Override
  int itemsAfterFailedAllMode() {
    return -1;
  }

  @Override
  String sleepStatement(int millis) {
    return "SELECT pg_sleep(" + millis / 1000.0 + ");";
  }

  @Test
  void aRunThatCannotGetTheLockGivesUpNamingTheHolderAndChangesNothing() throws Exception {
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    String lockName = "dbmigrate:" + db.url().replaceAll(".*/([^/?]+).*", "$1") + ":public:dbmigrate_versions";
    try (Connection holder = db.connect();
        PreparedStatement st = holder.prepareStatement("SELECT pg_advisory_lock(?)")) {
      st.setLong(1, io.github.dbmigrate.engine.dialect.PostgresDialectAccess.lockKey(lockName));
      st.execute();
      var config = new io.github.dbmigrate.engine.EngineConfig(config(TxnMode.ALL).target(),
          config(TxnMode.ALL).table(), config(TxnMode.ALL).dirs(), TxnMode.ALL, Duration.ofMillis(700),
          false, dir, "tester");

      assertThatThrownBy(() -> new Migrator(config, listener).up())
          .hasMessageContaining("Gave up waiting for the migration lock after 700 ms")
          .hasMessageContaining("pid ");
    }
    assertThat(listener.saw(Kind.LOCK_WAITING)).isTrue();
    assertThat(db.tableExists("a")).isFalse();
  }

  @Test
  void anErrorInsideALongStatementNamesItsExactLineAndTheServersWords() throws Exception {
    write(V1 + "_long.up.sql", "-- a comment\nCREATE TABLE t (id int);\nINSERT INTO t (id)\nSELECT id\nFROM no_such_table;\n");

    assertThatThrownBy(() -> migrator(TxnMode.ALL).up())
        .hasMessageContaining(V1 + "_long.up.sql line 5: ERROR 42P01 relation \"no_such_table\" does not exist");
  }

  @Test
  void theLockIsReleasedWhenTheRunEnds() throws Exception {
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    migrator(TxnMode.ALL).up();
    try (Connection c = db.connect(); ResultSet rs = c.createStatement()
        .executeQuery("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
            // other builds may share the server: count only this test's database
            + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")) {
      rs.next();
      assertThat(rs.getInt(1)).isZero();
    }
  }
}
