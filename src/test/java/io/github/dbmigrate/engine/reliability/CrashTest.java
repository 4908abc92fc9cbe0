package io.github.dbmigrate.engine.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.TxnMode;
import io.github.dbmigrate.engine.db.DatabaseTarget;
import io.github.dbmigrate.engine.dialect.TableName;
import io.github.dbmigrate.engine.event.EngineEvent.Kind;
import io.github.dbmigrate.engine.run.Migrator;
import io.github.dbmigrate.engine.testing.Configs;
import io.github.dbmigrate.engine.testing.EngineProcess;
import io.github.dbmigrate.engine.testing.RecordingListener;
import io.github.dbmigrate.engine.testing.TestDatabase;
import io.github.dbmigrate.maven.MavenFrontEnd;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A deploy killed with SIGKILL while a migration runs, at varied moments and in every transaction
 * mode: the lock is free at once, the database holds what the mode promises, and the next run
 * completes. Where DDL commits implicitly (MariaDB) every mode promises only what autocommit does:
 * the killed file is not recorded, and a recorded version's statements all ran.
 */
abstract class CrashTest {

  static final String V1 = "20240101000000";
  static final String V2 = "20240102000000";

  @TempDir Path dir;

  abstract TestDatabase createDatabase();

  /** A statement that sleeps for {@code seconds}. */
  abstract String sleep(double seconds);

  /** A condition on the server's session list that is true while the long sleep runs. */
  abstract boolean sleeping(TestDatabase db);

  /** Whether a failed transaction undoes DDL; if not, only the weaker promises of autocommit hold. */
  abstract boolean transactionalDdl();

  /** Whether the deploy's session has shown up on the server. */
  abstract boolean connected(TestDatabase db);

  /** 3 modes x 4 moments: right after connecting, in the first migration, between, in the long sleep. */
  static Stream<Arguments> cases() {
    return Stream.of(TxnMode.values()).flatMap(mode ->
        Stream.of(0, 150, 450, -1).map(moment -> Arguments.of(mode, moment)));
  }

  @ParameterizedTest(name = "{0}, killed {1} ms after connecting (-1: during the long statement)")
  @MethodSource("cases")
  void killedDeployLeavesNoLockAndWhatTheModePromises(TxnMode mode, int killAfterMs) throws Exception {
    Files.writeString(dir.resolve(V1 + "_first.up.sql"),
        "CREATE TABLE IF NOT EXISTS t1 (id int);\nINSERT INTO t1 VALUES (1);\n" + sleep(0.3) + "\n");
    Files.writeString(dir.resolve(V2 + "_second.up.sql"),
        "CREATE TABLE IF NOT EXISTS t2 (id int);\nINSERT INTO t2 VALUES (1);\n" + sleep(LONG_SLEEP) + "\n");
    try (TestDatabase db = createDatabase()) {
      Process deploy = EngineProcess.start(db.url(), dir, mode, 60, dir.resolve("deploy.log").toFile());
      waitFor(() -> connected(db));
      if (killAfterMs < 0) {
        waitFor(() -> sleeping(db));
      } else {
        Thread.sleep(killAfterMs);
      }
      deploy.destroyForcibly().waitFor();

      assertWhatTheModePromises(db, mode);

      Files.writeString(dir.resolve(V2 + "_second.up.sql"),
          "CREATE TABLE IF NOT EXISTS t2 (id int);\nINSERT INTO t2 VALUES (1);\n");
      RecordingListener listener = new RecordingListener();
      new Migrator(config(db, mode), listener).up();

      // The first try took the lock: no wait at all, which no load on the machine can stretch.
      assertThat(listener.saw(Kind.LOCK_WAITING)).as("the lock was free at once").isFalse();
      assertThat(db.column("SELECT version FROM dbmigrate_versions ORDER BY version")).containsExactly(V1, V2);
      if (mode != TxnMode.NONE) {
        assertThat(db.column("SELECT count(*) FROM t1")).containsExactly("1");
        assertThat(db.column("SELECT count(*) FROM t2")).containsExactly("1");
      }
    }
  }

  private void assertWhatTheModePromises(TestDatabase db, TxnMode mode) {
    List<String> versions = db.tableExists("dbmigrate_versions")
        ? db.column("SELECT version FROM dbmigrate_versions ORDER BY version") : List.of();
    assertThat(versions).doesNotContain(V2);
    switch (transactionalDdl() ? mode : TxnMode.NONE) {
      case ALL -> {
        assertThat(versions).isEmpty();
        assertThat(db.tableExists("t1")).isFalse();
        assertThat(db.tableExists("t2")).isFalse();
      }
      case PER_FILE -> {
        assertThat(db.tableExists("t1")).isEqualTo(versions.contains(V1));
        assertThat(db.tableExists("t2")).isFalse();
        if (versions.contains(V1)) {
          assertThat(db.column("SELECT count(*) FROM t1")).containsExactly("1");
        }
      }
      case NONE -> {
        if (versions.contains(V1)) {
          assertThat(db.column("SELECT count(*) FROM t1")).containsExactly("1");
        }
      }
    }
  }

  private EngineConfig config(TestDatabase db, TxnMode mode) {
    return Configs.of(new DatabaseTarget(db.url(), null, null), new TableName(null, "dbmigrate_versions"),
        List.of(dir), mode, Duration.ofSeconds(10), false, dir.resolve("report"), "tester");
  }

  static final double LONG_SLEEP = 30;

  private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
    // Only a guard against waiting forever: a JVM starts slowly on a loaded machine.
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("the deploy never reached the expected moment");
  }

  static boolean any(TestDatabase db, String countQuery) {
    return !db.column(countQuery).get(0).equals("0");
  }
}
