package io.github.dbmigrate.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.BadSetting;
import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.LockTimeout;
import io.github.dbmigrate.engine.TxnMode;
import io.github.dbmigrate.engine.db.DatabaseTarget;
import io.github.dbmigrate.engine.dialect.TableName;
import io.github.dbmigrate.engine.event.EngineEvent.Kind;
import io.github.dbmigrate.engine.status.StatusReport;
import io.github.dbmigrate.engine.testing.Configs;
import io.github.dbmigrate.engine.testing.NeedsDatabaseServer;
import io.github.dbmigrate.engine.testing.RecordingListener;
import io.github.dbmigrate.engine.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every goal of a run uses one history table and one lock, whatever schemas appear on the search
 * path later and whether or not the run names the schema.
 */
@NeedsDatabaseServer
class PostgresHistoryTableTest {

  static final String V1 = "20240101000000";
  static final String V2 = "20240102000000";
  static final String V3 = "20240103000000";

  @TempDir Path dir;
  TestDatabase db;
  RecordingListener listener = new RecordingListener();

  @BeforeEach
  void createDb() throws Exception {
    db = TestDatabase.postgres();
    Files.writeString(dir.resolve(V1 + "_create-a.up.sql"), "CREATE TABLE a (id int);");
    // Insert-only: run twice, it leaves two rows instead of failing.
    Files.writeString(dir.resolve(V2 + "_seed-a.up.sql"), "INSERT INTO a VALUES (1);");
  }

  @AfterEach
  void dropDb() {
    db.close();
  }

  EngineConfig config(String schema, Duration lockTimeout) {
    return Configs.of(new DatabaseTarget(db.url(), null, null), new TableName(schema, "dbmigrate_versions"),
        List.of(dir), TxnMode.PER_FILE, lockTimeout, false, dir.resolve("report"), "tester");
  }

  EngineConfig config() {
    return config(null, Duration.ofSeconds(30));
  }

  @Test
  void aSchemaNamedAfterTheUserAppearingLaterDoesNotMoveTheHistory() {
    new Migrator(config(), listener).up();
    // search_path is "$user", public: this schema now comes first for the test's user, postgres.
    db.execute("CREATE SCHEMA postgres");

    StatusReport status = new Migrator(config(), listener).status();
    new Verifier(config(), listener).verify(Verifier.Tolerance.NONE);
    RunResult again = new Migrator(config(), listener).up();

    assertThat(status.summary()).contains("2 applied");
    assertThat(status.toJson()).contains("public").contains("dbmigrate_versions");
    assertThat(again.done()).isEmpty();
    assertThat(db.column("SELECT count(*) FROM public.a")).containsExactly("1");
    assertThat(db.tableExists("postgres.dbmigrate_versions")).isFalse();
    assertThat(db.tableExists("postgres.a")).isFalse();
  }

  @Test
  void twoHistoryTablesOnTheSearchPathStopEveryGoalUntilTheSchemaIsNamed() throws Exception {
    new Migrator(config(), listener).up();
    db.execute("CREATE SCHEMA postgres");
    db.execute("CREATE TABLE postgres.dbmigrate_versions (version varchar(14))");
    Files.writeString(dir.resolve(V3 + "_seed-more.up.sql"), "INSERT INTO a VALUES (3);");

    assertThatThrownBy(() -> new Migrator(config(), listener).up())
        .isInstanceOf(BadSetting.class)
        .hasMessageContaining("There are 2 history tables on this session's search path: \"postgres\".\"dbmigrate_versions\","
            + " \"public\".\"dbmigrate_versions\"")
        .hasMessageContaining("Nothing was changed.")
        .hasMessageContaining("-Ddbmigrate.schema=postgres or -Ddbmigrate.schema=public");
    assertThatThrownBy(() -> new Migrator(config(), listener).status()).isInstanceOf(BadSetting.class);
    assertThat(db.column("SELECT count(*) FROM public.a")).containsExactly("1");

    RunResult named = new Migrator(config("public", Duration.ofSeconds(30)), listener).up();

    assertThat(named.done()).extracting(RunResult.Step::version).containsExactly(V3);
    assertThat(db.column("SELECT count(*) FROM postgres.dbmigrate_versions")).containsExactly("0");
  }

  @Test
  void aRunNamingTheSchemaWaitsForOneThatDoesNotAsItUsesTheSameTable() throws Exception {
    Files.writeString(dir.resolve(V3 + "_slow.up.sql"), "SELECT pg_sleep(3);");
    RecordingListener first = new RecordingListener();
    CompletableFuture<RunResult> holder = CompletableFuture.supplyAsync(() -> new Migrator(config(), first).up());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!first.saw(Kind.LOCK_ACQUIRED) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }

    assertThatThrownBy(() -> new Migrator(config("public", Duration.ofMillis(500)), listener).up())
        .isInstanceOf(LockTimeout.class);
    assertThat(holder.get(30, TimeUnit.SECONDS).done()).hasSize(3);
    assertThat(db.column("SELECT count(*) FROM a")).containsExactly("1");
  }
}
