package io.github.dbmigrate.engine.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.db.DatabaseTarget;
import io.github.dbmigrate.engine.dialect.TableName;
import io.github.dbmigrate.engine.event.EngineEvent.Kind;
import io.github.dbmigrate.engine.run.Migrator;
import io.github.dbmigrate.engine.testing.Configs;
import io.github.dbmigrate.engine.testing.NeedsDatabaseServer;
import io.github.dbmigrate.engine.testing.RecordingListener;
import io.github.dbmigrate.maven.MavenFrontEnd;

import io.github.dbmigrate.engine.TxnMode;
import io.github.dbmigrate.engine.testing.EngineProcess;
import io.github.dbmigrate.engine.testing.Slow;
import io.github.dbmigrate.engine.testing.TestDatabase;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Eight deploys started at once as separate JVMs: all succeed, each migration runs exactly once. */
@Slow
class ConcurrentProcessesTest {

  static final int RUNS = 8;

  /** An advisory lock key of the test's own (the engine's keys are 64-bit hashes of lock names). */
  static final int GATE = 4242;

  @TempDir Path dir;

  void writeMigrations(String sleep) throws Exception {
    Files.writeString(dir.resolve("20240101000000_counter.up.sql"),
        "CREATE TABLE counter (n int);\n" + sleep + "\nINSERT INTO counter VALUES (1);\n");
    Files.writeString(dir.resolve("20240102000000_second.up.sql"), sleep + "\nINSERT INTO counter VALUES (2);\n");
    Files.writeString(dir.resolve("20240103000000_third.up.sql"), sleep + "\nINSERT INTO counter VALUES (3);\n");
  }

  List<String> runAll(String url) throws Exception {
    List<Process> processes = new ArrayList<>();
    List<File> logs = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      File log = dir.resolve("run-" + i + ".log").toFile();
      logs.add(log);
      processes.add(EngineProcess.start(url, dir, TxnMode.PER_FILE, 120, log));
    }
    List<String> outputs = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      int exit = EngineProcess.await(processes.get(i), Duration.ofMinutes(2));
      String output = Files.readString(logs.get(i).toPath());
      assertThat(exit).as("run %d exits successfully:\n%s", i, output).isZero();
      outputs.add(output);
    }
    return outputs;
  }

  static void assertExactlyOnce(TestDatabase db, List<String> outputs) {
    assertThat(db.column("SELECT n FROM counter ORDER BY n")).containsExactly("1", "2", "3");
    assertThat(outputs.stream().mapToLong(o -> o.lines().filter(l -> l.startsWith("MIGRATION_APPLIED")).count()).sum())
        .isEqualTo(3);
    assertThat(outputs).anyMatch(o -> o.contains("LOCK_WAITING Waiting for the migration lock, held by"));
  }

  @NeedsDatabaseServer
  @Test
  void postgres() throws Exception {
    try (TestDatabase db = TestDatabase.postgres()) {
      writeMigrations("SELECT pg_sleep(0.3);");
      List<String> outputs = runAll(db.url());
      assertExactlyOnce(db, outputs);
      assertThat(outputs).anyMatch(o -> o.contains("held by pid "));
    }
  }

  @NeedsDatabaseServer
  @Test
  void aRunHoldingTheLockLongerThanAnothersTimeoutMakesTheOtherFailNamingIt() throws Exception {
    try (TestDatabase db = TestDatabase.postgres(); Connection gate = db.connect()) {
      // The holder's migration waits at a gate that opens only once the other run gave up, so it holds
      // the lock throughout however slowly either run starts (a sleep could end too soon under load).
      gate.createStatement().execute("SELECT pg_advisory_lock(" + GATE + ")");
      Files.writeString(dir.resolve("20240101000000_slow.up.sql"),
          "CREATE TABLE slow (id int);\nSELECT pg_advisory_xact_lock(" + GATE + ");\n");
      Process holder = EngineProcess.start(db.url(), dir, TxnMode.ALL, 60, dir.resolve("holder.log").toFile());
      while (db.column("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
          + " AND query LIKE 'SELECT pg_advisory_xact_lock(%'").get(0).equals("0")) {
        Thread.sleep(10);
      }
      RecordingListener impatient = new RecordingListener();
      EngineConfig config = Configs.of(new DatabaseTarget(db.url(), null, null),
          new TableName(null, "dbmigrate_versions"), List.of(dir), TxnMode.ALL, Duration.ofSeconds(1), false,
          dir.resolve("report"), "impatient").withFrontEnd(MavenFrontEnd.INSTANCE);

      assertThatThrownBy(() -> new Migrator(config, impatient).up())
          .hasMessageContaining("Gave up waiting for the migration lock after 1.0 s")
          .hasMessageContaining("application 'dbmigrate-maven-plugin (lock)'")
          .hasMessageContaining("Nothing was changed");
      assertThat(impatient.saw(Kind.MIGRATION_APPLIED)).isFalse();
      gate.createStatement().execute("SELECT pg_advisory_unlock(" + GATE + ")");
      assertThat(EngineProcess.await(holder, Duration.ofMinutes(2))).isZero();
      assertThat(db.column("SELECT version FROM dbmigrate_versions")).containsExactly("20240101000000");
    }
  }

  @NeedsDatabaseServer
  @Test
  void mariadb() throws Exception {
    try (TestDatabase db = TestDatabase.mariadb()) {
      writeMigrations("DO SLEEP(0.3);");
      List<String> outputs = runAll(db.url());
      assertExactlyOnce(db, outputs);
      assertThat(outputs).anyMatch(o -> o.contains("held by connection id "));
    }
  }

  @Test
  void h2FileDatabaseInServerMode() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("shared-db") + ";AUTO_SERVER=TRUE";
    // This JVM opens the database first, so it serves it to the eight processes for the whole test.
    try (Connection keeper = DriverManager.getConnection(url)) {
      keeper.createStatement().execute("CREATE ALIAS IF NOT EXISTS SLEEP_MS FOR 'java.lang.Thread.sleep'");
      writeMigrations("CALL SLEEP_MS(300);");
      List<String> outputs = runAll(url);
      TestDatabase view = TestDatabase.view(url);
      assertExactlyOnce(view, outputs);
    }
  }
}
