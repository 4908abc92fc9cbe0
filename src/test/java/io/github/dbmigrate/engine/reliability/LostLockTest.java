package io.github.dbmigrate.engine.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.LockLost;
import io.github.dbmigrate.engine.TxnMode;
import io.github.dbmigrate.engine.db.DatabaseTarget;
import io.github.dbmigrate.engine.dialect.TableName;
import io.github.dbmigrate.engine.event.EngineListener;
import io.github.dbmigrate.engine.run.Migrator;
import io.github.dbmigrate.engine.testing.Configs;
import io.github.dbmigrate.engine.testing.NeedsDatabaseServer;
import io.github.dbmigrate.engine.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lock's connection sits idle while migrations run on another one: servers that end idle
 * sessions must not end it, and a run whose lock is gone all the same stops before its next migration.
 */
@NeedsDatabaseServer
class LostLockTest {

  static final String V1 = "20240101000000";
  static final String V2 = "20240102000000";

  /** The advisory locks held in the current database, by any session. */
  static final String PG_ADVISORY_LOCKS = "FROM pg_locks WHERE locktype = 'advisory' AND granted"
      + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";

  @TempDir Path dir;

  EngineConfig config(String url, TxnMode mode) {
    return Configs.of(new DatabaseTarget(url, null, null), new TableName(null, "dbmigrate_versions"),
        List.of(dir), mode, Duration.ofSeconds(10), false, dir.resolve("report"), "tester");
  }

  void write(String file, String sql) throws Exception {
    Files.writeString(dir.resolve(file), sql);
  }

  static String databaseName(String url) {
    return url.replaceAll(".*/([^/?]+).*", "$1");
  }

  @Test
  void postgresIdleSessionTimeoutDoesNotEndTheLockWhileAMigrationRuns() throws Exception {
    try (TestDatabase db = TestDatabase.postgres()) {
      db.execute("ALTER DATABASE " + databaseName(db.url()) + " SET idle_session_timeout = '1s'");
      write(V1 + "_slow.up.sql", "CREATE TABLE seen (locks bigint);\nSELECT pg_sleep(2.5);\n");
      write(V2 + "_look.up.sql", "INSERT INTO seen SELECT count(*) " + PG_ADVISORY_LOCKS + ";\n");

      new Migrator(config(db.url(), TxnMode.PER_FILE), EngineListener.SILENT).up();

      assertThat(db.column("SELECT locks FROM seen")).as("the run's lock, still held at the second migration")
          .containsExactly("1");
    }
  }

  @Test
  void postgresRunStopsBeforeTheNextMigrationOnceItsLockSessionIsKilled() throws Exception {
    try (TestDatabase db = TestDatabase.postgres()) {
      writeKillingPair("SELECT pg_terminate_backend(pid, 10000) " + PG_ADVISORY_LOCKS + ";\n");

      assertThatThrownBy(() -> new Migrator(config(db.url(), TxnMode.PER_FILE), EngineListener.SILENT).up())
          .isInstanceOf(LockLost.class)
          .hasMessageContaining("Stopped before " + V2 + "_seed.up.sql: the migration lock is no longer held")
          .hasMessageContaining("Another run may be migrating this database now.")
          .hasMessageContaining("1 migration(s) of this run stay applied and recorded: " + V1 + ".")
          .hasMessageContaining("Check what is applied with dbmigrate:status");
      assertThat(db.column("SELECT version FROM dbmigrate_versions")).containsExactly(V1);
      assertThat(db.column("SELECT count(*) FROM a")).containsExactly("0");
    }
  }

  @Test
  void postgresRunInOneTransactionRollsBackOnceItsLockSessionIsKilled() throws Exception {
    try (TestDatabase db = TestDatabase.postgres()) {
      writeKillingPair("SELECT pg_terminate_backend(pid, 10000) " + PG_ADVISORY_LOCKS + ";\n");

      assertThatThrownBy(() -> new Migrator(config(db.url(), TxnMode.ALL), EngineListener.SILENT).up())
          .isInstanceOf(LockLost.class)
          .hasMessageContaining("Nothing of this run was applied (transaction rolled back).");
      assertThat(db.tableExists("a")).isFalse();
      assertThat(db.column("SELECT count(*) FROM dbmigrate_versions")).containsExactly("0");
    }
  }

  @Test
  void mariaDbWaitTimeoutDoesNotEndTheLockWhileAMigrationRuns() throws Exception {
    try (TestDatabase db = TestDatabase.mariadb()) {
      String lock = "dbmigrate:" + databaseName(db.url()) + ":dbmigrate_versions";
      write(V1 + "_slow.up.sql", "CREATE TABLE seen (holder bigint);\nDO SLEEP(2.5);\n");
      write(V2 + "_look.up.sql", "INSERT INTO seen SELECT IS_USED_LOCK('" + lock + "');\n");
      // Every session of the run starts with a one-second wait_timeout, as a server or account may set.
      String url = db.url() + (db.url().contains("?") ? "&" : "?") + "sessionVariables=wait_timeout=1";

      new Migrator(config(url, TxnMode.PER_FILE), EngineListener.SILENT).up();

      assertThat(db.column("SELECT holder FROM seen")).as("the lock's holder at the second migration")
          .doesNotContainNull().hasSize(1);
    }
  }

  @Test
  void mariaDbRunStopsBeforeTheNextMigrationOnceItsLockSessionIsKilled() throws Exception {
    try (TestDatabase db = TestDatabase.mariadb()) {
      String lock = "dbmigrate:" + databaseName(db.url()) + ":dbmigrate_versions";
      writeKillingPair("EXECUTE IMMEDIATE CONCAT('KILL ', IS_USED_LOCK('" + lock + "'));\nDO SLEEP(0.5);\n");

      assertThatThrownBy(() -> new Migrator(config(db.url(), TxnMode.PER_FILE), EngineListener.SILENT).up())
          .isInstanceOf(LockLost.class)
          .hasMessageContaining("Stopped before " + V2 + "_seed.up.sql: the migration lock is no longer held")
          .hasMessageContaining("1 migration(s) of this run stay applied and recorded: " + V1 + ".");
      assertThat(db.column("SELECT version FROM dbmigrate_versions")).containsExactly(V1);
      assertThat(db.column("SELECT count(*) FROM a")).containsExactly("0");
    }
  }

  /** V1 creates table a and then ends the lock's session with {@code kill}; V2 inserts a row. */
  void writeKillingPair(String kill) throws Exception {
    write(V1 + "_create-a.up.sql", "CREATE TABLE a (id int);\n" + kill);
    write(V2 + "_seed.up.sql", "INSERT INTO a VALUES (1);\n");
  }
}
