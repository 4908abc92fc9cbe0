package io.github.dbmigrate.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.DbMigrateException;
import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.TxnMode;
import io.github.dbmigrate.engine.db.DatabaseTarget;
import io.github.dbmigrate.engine.dialect.TableName;
import io.github.dbmigrate.engine.event.EngineEvent;
import io.github.dbmigrate.engine.event.EngineEvent.Kind;
import io.github.dbmigrate.engine.testing.Configs;
import io.github.dbmigrate.engine.testing.RecordingListener;
import io.github.dbmigrate.engine.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the log shows while a run goes: how many migrations are pending, a line before each script
 * with its position, and in {@code txnMode=all} "ran" lines that only the commit confirms.
 */
class H2ProgressTest {

  static final String V1 = "20250101000001";
  static final String V2 = "20250101000002";
  static final String V3 = "20250101000003";

  @TempDir Path dir;
  TestDatabase db;
  final RecordingListener listener = new RecordingListener();

  @BeforeEach
  void createDb() throws IOException {
    db = TestDatabase.h2();
    Files.writeString(dir.resolve(V1 + "_create-users.up.sql"), "CREATE TABLE users (id int PRIMARY KEY);");
    Files.writeString(dir.resolve(V1 + "_create-users.down.sql"), "DROP TABLE users;");
    Files.writeString(dir.resolve(V2 + "_add-email.up.sql"), "ALTER TABLE users ADD COLUMN email varchar(100);");
    Files.writeString(dir.resolve(V2 + "_add-email.down.sql"), "ALTER TABLE users DROP COLUMN email;");
    Files.writeString(dir.resolve(V3 + "_seed.up.sql"), "INSERT INTO users (id) VALUES (1);");
    Files.writeString(dir.resolve(V3 + "_seed.down.sql"), "DELETE FROM users;");
  }

  @AfterEach
  void dropDb() {
    db.close();
  }

  EngineConfig config(TxnMode mode) {
    return Configs.of(new DatabaseTarget(db.url(), null, null), new TableName(null, "dbmigrate_versions"),
        List.of(dir), mode, Duration.ofSeconds(30), false, dir.resolve("report"), "tester");
  }

  /** The log's lines about progress, in order. */
  List<String> progress() {
    return listener.events().stream()
        .filter(e -> e.kind() == Kind.PROGRESS || e.kind() == Kind.MIGRATION_STARTING
            || e.kind() == Kind.MIGRATION_APPLIED || e.kind() == Kind.MIGRATION_ROLLED_BACK)
        .map(EngineEvent::message).map(m -> m.replaceAll(" in \\S+ m?s", " in T")).toList();
  }

  @Test
  void perFileNamesEachMigrationAndItsPositionBeforeRunningIt() {
    new Migrator(config(TxnMode.PER_FILE), listener).up();

    assertThat(progress()).containsExactly(
        "3 migration(s) pending",
        "Migrating " + V1 + "_create-users.up.sql (1/3)",
        "Applied " + V1 + "_create-users.up.sql in T",
        "Migrating " + V2 + "_add-email.up.sql (2/3)",
        "Applied " + V2 + "_add-email.up.sql in T",
        "Migrating " + V3 + "_seed.up.sql (3/3)",
        "Applied " + V3 + "_seed.up.sql in T");
  }

  @Test
  void modeAllSaysARunScriptIsUncommittedUntilTheCommitConfirmsIt() {
    new Migrator(config(TxnMode.ALL), listener).up();

    assertThat(progress()).containsExactly(
        "3 migration(s) pending",
        "Migrating " + V1 + "_create-users.up.sql (1/3)",
        "Ran " + V1 + "_create-users.up.sql in T (uncommitted)",
        "Migrating " + V2 + "_add-email.up.sql (2/3)",
        "Ran " + V2 + "_add-email.up.sql in T (uncommitted)",
        "Migrating " + V3 + "_seed.up.sql (3/3)",
        "Ran " + V3 + "_seed.up.sql in T (uncommitted)",
        "Committed 3 migration(s).");
    assertThat(listener.messages(Kind.SUMMARY)).last().asString().startsWith("Applied 3 migration(s)");
  }

  @Test
  void modeAllThatFailsNeverClaimsAFileWasApplied() throws IOException {
    Files.writeString(dir.resolve(V3 + "_seed.up.sql"), "INSERT INTO no_such_table VALUES (1);");

    assertThatThrownBy(() -> new Migrator(config(TxnMode.ALL), listener).up())
        .isInstanceOf(DbMigrateException.class);

    assertThat(progress()).noneMatch(line -> line.startsWith("Applied") || line.startsWith("Committed"))
        .contains("Ran " + V1 + "_create-users.up.sql in T (uncommitted)", "Migrating " + V3 + "_seed.up.sql (3/3)");
  }

  @Test
  void downAndRedoSayWhatTheyRollBackAndConfirmTheCommitInModeAll() {
    new Migrator(config(TxnMode.PER_FILE), listener).up();
    listener.events().clear();

    new Migrator(config(TxnMode.ALL), listener).down(2, null);

    assertThat(progress()).containsExactly(
        "2 migration(s) to roll back",
        "Rolling back " + V3 + "_seed.down.sql (1/2)",
        "Ran " + V3 + "_seed.down.sql in T (uncommitted)",
        "Rolling back " + V2 + "_add-email.down.sql (2/2)",
        "Ran " + V2 + "_add-email.down.sql in T (uncommitted)",
        "Committed the rollback of 2 migration(s).");

    listener.events().clear();
    new Redo(config(TxnMode.ALL), listener).run(1);

    assertThat(progress()).containsExactly(
        "1 migration(s) to roll back and re-apply",
        "Rolling back " + V1 + "_create-users.down.sql (1/2)",
        "Ran " + V1 + "_create-users.down.sql in T (uncommitted)",
        "Migrating " + V1 + "_create-users.up.sql (2/2)",
        "Ran " + V1 + "_create-users.up.sql in T (uncommitted)",
        "Committed the redo of 1 migration(s).");
  }

  @Test
  void downInPerFileModeSaysRolledBackAsEachFileCommits() {
    new Migrator(config(TxnMode.PER_FILE), listener).up();
    listener.events().clear();

    new Migrator(config(TxnMode.PER_FILE), listener).down(1, null);

    assertThat(progress()).containsExactly(
        "1 migration(s) to roll back",
        "Rolling back " + V3 + "_seed.down.sql (1/1)",
        "Rolled back " + V3 + "_seed.down.sql in T");
  }
}
