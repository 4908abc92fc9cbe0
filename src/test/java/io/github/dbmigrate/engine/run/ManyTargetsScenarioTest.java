package io.github.dbmigrate.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.Outputs;
import io.github.dbmigrate.engine.RunOptions;
import io.github.dbmigrate.engine.Sources;
import io.github.dbmigrate.engine.Target;
import io.github.dbmigrate.engine.db.DatabaseTarget;
import io.github.dbmigrate.engine.dialect.TableName;
import io.github.dbmigrate.engine.event.EngineEvent.Kind;
import io.github.dbmigrate.engine.testing.RecordingListener;
import io.github.dbmigrate.engine.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One command against two databases at once, from one scan of the files: each run has its own
 * target, outputs and listener, and nothing of one shows up in the other. Subclasses give the
 * databases.
 */
abstract class ManyTargetsScenarioTest {

  static final String V1 = "20240101000000";
  static final String V2 = "20240102000000";
  static final String V3 = "20240103000000";

  @TempDir Path dir;
  TestDatabase left;
  TestDatabase right;

  abstract TestDatabase createLeft();

  abstract TestDatabase createRight();

  @BeforeEach
  void createDbs() {
    left = createLeft();
    right = createRight();
  }

  @AfterEach
  void dropDbs() {
    left.close();
    right.close();
  }

  @Test
  void upRunsAgainstTwoTargetsAtOnceWithSeparateReportsAndEvents() throws Exception {
    Path migrations = Files.createDirectories(dir.resolve("migrations"));
    Files.writeString(migrations.resolve(V1 + "_a.up.sql"), "CREATE TABLE a (id int);");
    Files.writeString(migrations.resolve(V2 + "_b.up.sql"),
        "CREATE TABLE b (id int);\nINSERT INTO a (id) VALUES (1);");
    Sources sources = Sources.in(List.of(migrations)).scan(FrontEnd.PLAIN);
    // Written after the scan: runs that received the scanned set must not see it.
    Files.writeString(migrations.resolve(V3 + "_c.up.sql"), "CREATE TABLE c (id int);");

    // Each run waits at the start of its work for the other's, so both are under way at once.
    CyclicBarrier bothStarted = new CyclicBarrier(2);
    RecordingListener leftEvents = new RecordingListener();
    RecordingListener rightEvents = new RecordingListener();
    EngineConfig leftConfig = config(sources, left, "left", leftEvents, bothStarted);
    EngineConfig rightConfig = config(sources, right, "right", rightEvents, bothStarted);

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<RunResult> leftRun = pool.submit(() -> new Migrator(leftConfig).up());
      Future<RunResult> rightRun = pool.submit(() -> new Migrator(rightConfig).up());
      assertThat(leftRun.get(60, TimeUnit.SECONDS).done()).extracting(RunResult.Step::version)
          .containsExactly(V1, V2);
      assertThat(rightRun.get(60, TimeUnit.SECONDS).done()).extracting(RunResult.Step::version)
          .containsExactly(V1, V2);
    } finally {
      pool.shutdownNow();
    }

    for (TestDatabase db : List.of(left, right)) {
      assertThat(db.column("SELECT version FROM dbmigrate_versions ORDER BY version")).containsExactly(V1, V2);
      assertThat(db.column("SELECT id FROM a")).containsExactly("1");
      assertThat(db.tableExists("c")).isFalse();
    }
    assertEventsBelongTo(leftEvents, "left");
    assertEventsBelongTo(rightEvents, "right");

    String leftJson = Files.readString(dir.resolve("report/left-report.json"));
    String rightJson = Files.readString(dir.resolve("report/right-report.json"));
    assertThat(leftJson).contains(left.url()).doesNotContain(right.url())
        .contains("\"version\": \"" + V2 + "\"").doesNotContain(V3);
    assertThat(rightJson).contains(right.url()).doesNotContain(left.url())
        .contains("\"version\": \"" + V2 + "\"").doesNotContain(V3);
    assertThat(Files.readString(dir.resolve("report/left-report.md"))).contains("Applied 2 migration(s)");
    assertThat(Files.readString(dir.resolve("report/right-report.md"))).contains("Applied 2 migration(s)");
    assertThat(dir.resolve("report/report.json")).doesNotExist();
  }

  private static void assertEventsBelongTo(RecordingListener events, String target) {
    assertThat(events.all()).isNotEmpty().allSatisfy(e -> assertThat(e.target()).isEqualTo(target));
    assertThat(events.messages(Kind.MIGRATION_APPLIED)).satisfiesExactly(
        // "Applied", or in txnMode=all (SQLite's default) "Ran ... (uncommitted)"
        line -> assertThat(line).containsPattern("^(Applied|Ran) " + V1 + "_a.up.sql in "),
        line -> assertThat(line).containsPattern("^(Applied|Ran) " + V2 + "_b.up.sql in "));
    assertThat(events.messages(Kind.SUMMARY)).singleElement().asString().startsWith("Applied 2 migration(s)");
  }

  private EngineConfig config(Sources sources, TestDatabase db, String name, RecordingListener events,
      CyclicBarrier bothStarted) {
    boolean hasLock = !db.url().startsWith("jdbc:sqlite:");
    Target target = Target.of(new DatabaseTarget(db.url(), null, null),
        new TableName(null, "dbmigrate_versions")).named(name).withEnvironment(name).withAppliedBy("tester");
    RunOptions options = RunOptions.defaults().withLock(Duration.ofSeconds(30), !hasLock);
    Outputs outputs = Outputs.to(dir.resolve("report")).withFilePrefix(name + "-").withListener(event -> {
      events.on(event);
      if (event.kind() == Kind.WORK_STARTED) {
        awaitQuietly(bothStarted);
      }
    });
    return new EngineConfig(sources, target, options, outputs);
  }

  private static void awaitQuietly(CyclicBarrier barrier) {
    try {
      barrier.await(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("the other run never started its work", e);
    }
  }
}
