package io.github.dbmigrate.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.dbmigrate.engine.BadSetting;
import io.github.dbmigrate.engine.DbMigrateException;
import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.MalformedFiles;
import io.github.dbmigrate.engine.RunOptions;
import io.github.dbmigrate.engine.Sources;
import io.github.dbmigrate.engine.StatementFailed;
import io.github.dbmigrate.engine.TxnMode;
import io.github.dbmigrate.engine.db.DatabaseTarget;
import io.github.dbmigrate.engine.dialect.Dialects;
import io.github.dbmigrate.engine.dialect.TableName;
import io.github.dbmigrate.engine.event.EngineEvent;
import io.github.dbmigrate.engine.event.EngineEvent.Kind;
import io.github.dbmigrate.engine.status.MigrationState;
import io.github.dbmigrate.engine.status.StatusReport;
import io.github.dbmigrate.engine.testing.Configs;
import io.github.dbmigrate.engine.testing.RecordingListener;
import io.github.dbmigrate.engine.testing.TestDatabase;
import io.github.dbmigrate.maven.MavenFrontEnd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One scenario for every database, as the Go tool's suite does; subclasses give the database and the
 * outcomes that must differ (where DDL is not transactional).
 */
abstract class EngineScenarioTest {

  static final String V1 = "20240101000000";
  static final String V2 = "20240102000000";
  static final String V3 = "20240103000000";

  @TempDir Path dir;
  TestDatabase db;
  RecordingListener listener = new RecordingListener();

  abstract TestDatabase createDatabase();

  /** Rows left in {@code items} after the failing two-migration set in mode all; -1: no table. */
  abstract int itemsAfterFailedAllMode();

  /** A statement that keeps the database busy for a moment. */
  abstract String sleepStatement(int millis);

  /** Whether the database has a migration lock; without one every run passes noLock. */
  boolean databaseHasLock() {
    return true;
  }

  /** A query counting the columns of the history table, to see that none were added. */
  String historyColumnCountSql() {
    return "SELECT count(*) FROM information_schema.columns WHERE lower(table_name) = 'dbmigrate_versions'";
  }

  @BeforeEach
  void createDb() {
    db = createDatabase();
  }

  @AfterEach
  void dropDb() {
    if (db != null) { // null when createDatabase() skipped the test
      db.close();
    }
  }

  EngineConfig config(TxnMode mode) {
    return config(mode, "dbmigrate_versions");
  }

  EngineConfig config(TxnMode mode, String table) {
    return Configs.of(new DatabaseTarget(db.url(), null, null), new TableName(null, table),
        List.of(dir), mode, Duration.ofSeconds(30), !databaseHasLock(), dir.resolve("report"), "tester");
  }

  Migrator migrator(TxnMode mode) {
    return new Migrator(config(mode), listener);
  }

  /** A run that gives no transaction mode, as a POM without {@code txnMode} does. */
  Migrator migratorWithDefaultMode() {
    EngineConfig given = config(TxnMode.ALL);
    return new Migrator(given.withOptions(RunOptions.defaults()
        .withLock(given.options().lockTimeout(), given.options().noLock())), listener);
  }

  /** Whether this database rolls DDL back with the transaction. */
  boolean transactionalDdl() {
    return Dialects.forUrl(db.url()).execution().transactionalDdl();
  }

  void write(String fileName, String sql) throws IOException {
    Files.writeString(dir.resolve(fileName), sql);
  }

  List<String> versions() {
    return db.column("SELECT version FROM dbmigrate_versions ORDER BY version");
  }

  /** V1 runs; V2's first statement (line 1) runs and its second, on line 3, fails. */
  void writeFailingPair() throws IOException {
    write(V1 + "_create-items.up.sql",
        "CREATE TABLE items (id int PRIMARY KEY);\nINSERT INTO items VALUES (1);\nINSERT INTO items VALUES (2);\n");
    write(V2 + "_broken.up.sql", "INSERT INTO items VALUES (3);\n\nSELECT * FROM no_such_table;\n");
  }

  int items() {
    return db.tableExists("items") ? Integer.parseInt(db.column("SELECT count(*) FROM items").get(0)) : -1;
  }

  /** The product and the start of the version the server reports, as the target line shows them. */
  abstract String productAndVersionStart();

  @Test
  void everyGoalThatConnectsSaysFirstWhichDatabaseAndHistoryTableItUses() throws IOException {
    write(V1 + "_create-items.up.sql", "CREATE TABLE items (id int PRIMARY KEY);");

    migrator(TxnMode.PER_FILE).up();
    assertThat(listener.events().get(0).kind()).as("the first line of up").isEqualTo(Kind.TARGET);
    migrator(TxnMode.PER_FILE).status();
    new Verifier(config(TxnMode.PER_FILE), listener).verify(new Verifier.Tolerance(false, false, false));

    List<String> lines = listener.messages(Kind.TARGET);
    assertThat(lines).as("up, status, verify").hasSize(3).allSatisfy(line -> assertThat(line)
        .startsWith("Database " + db.url() + " (" + productAndVersionStart())
        .containsIgnoringCase("dbmigrate_versions."));
  }

  @Test
  void upAndDownEndWithWhereTheDatabaseNowIs() throws IOException {
    write(V1 + "_create-items.up.sql", "CREATE TABLE items (id int PRIMARY KEY);");
    write(V1 + "_create-items.down.sql", "DROP TABLE items;");
    write(V2 + "_seed.up.sql", "INSERT INTO items VALUES (1);");
    write(V2 + "_seed.down.sql", "DELETE FROM items;");

    migrator(TxnMode.PER_FILE).up();
    migrator(TxnMode.PER_FILE).down(1, null);
    migrator(TxnMode.PER_FILE).up(); // one more to apply: one line more
    migrator(TxnMode.PER_FILE).up(); // up to date: says so, as before, with no "now at"
    migrator(TxnMode.PER_FILE).down(Limit.to("base"));

    assertThat(listener.messages(Kind.NOW_AT)).containsExactly(
        "Now at " + V2 + ", 2 versions applied.",
        "Now at " + V1 + ", 1 version applied.",
        "Now at " + V2 + ", 2 versions applied.",
        "Now at no version: none is applied.");
    List<EngineEvent> events = listener.events();
    assertThat(events.get(events.size() - 1).kind()).as("the last line of down").isEqualTo(Kind.NOW_AT);
  }

  @Test
  void upAppliesEveryPendingMigrationAndRecordsNameAndChecksum() throws IOException {
    write(V1 + "_create-items.up.sql", "CREATE TABLE items (id int PRIMARY KEY);");
    write(V2 + "_seed.up.sql", "INSERT INTO items VALUES (1);\nINSERT INTO items VALUES (2);");
    write(V3 + "_blank.up.sql", "  \n\n ");

    RunResult result = migrator(TxnMode.ALL).up();

    assertThat(result.done()).extracting(RunResult.Step::version).containsExactly(V1, V2, V3);
    assertThat(versions()).containsExactly(V1, V2, V3);
    assertThat(items()).isEqualTo(2);
    assertThat(db.column("SELECT name FROM dbmigrate_versions ORDER BY version"))
        .containsExactly("create-items", "seed", "blank");
    assertThat(db.column("SELECT checksum FROM dbmigrate_versions")).allMatch(c -> c.startsWith("sha256-lf:"));
    assertThat(listener.messages(Kind.MIGRATION_APPLIED)).hasSize(3);

    RunResult again = migrator(TxnMode.ALL).up();
    assertThat(again.done()).isEmpty();
    assertThat(listener.messages(Kind.SUMMARY)).last().asString().contains("up to date");
  }

  @Test
  void modeAllRollsTheWholeRunBackAndNamesFileAndLine() throws IOException {
    writeFailingPair();

    assertThatThrownBy(() -> migrator(TxnMode.ALL).up())
        .isInstanceOf(DbMigrateException.class)
        .hasMessageContaining(V2 + "_broken.up.sql line 3:")
        .hasMessageContaining(noSuchTableSpelling())
        .hasMessageContaining("run dbmigrate:up again")
        .isInstanceOfSatisfying(StatementFailed.class, failed -> {
          assertThat(failed.file().getFileName()).hasToString(V2 + "_broken.up.sql");
          assertThat(failed.line()).isEqualTo(3);
          assertThat(failed.getCause()).isInstanceOf(SQLException.class);
          // where the driver gives one (SQLite's does not)
          assertThat(failed.details().get("sqlState")).isEqualTo(((SQLException) failed.getCause()).getSQLState());
        });

    assertThat(items()).isEqualTo(itemsAfterFailedAllMode());
    assertThat(versions()).isEmpty();
  }

  @Test
  void modeAllWhereDdlCommitsNamesTheEarlierMigrationsWhoseVersionsRolledBack() throws IOException {
    assumeTrue(!transactionalDdl(), "a rollback undoes DDL here: nothing of the run stays");
    writeFailingPair();

    assertThatThrownBy(() -> migrator(TxnMode.ALL).up())
        .hasMessageContaining("These migrations of this run ran, but their versions were rolled back, so their"
            + " DDL (and what ran before it) may remain applied: " + V1 + "_create-items.up.sql.")
        .hasMessageContaining("Finish or undo those statements by hand");

    assertThat(db.tableExists("items")).isTrue();
    assertThat(versions()).isEmpty();
  }

  /** What the database's message about the unknown table contains. */
  String noSuchTableSpelling() {
    return "no_such_table";
  }

  @Test
  void withoutAModeAFailureLeavesTheHistoryTrueToTheDatabaseAndTheModeIsSaidOnce() throws IOException {
    writeFailingPair();

    assertThatThrownBy(() -> migratorWithDefaultMode().up()).hasMessageContaining(V2 + "_broken.up.sql line 3:");

    // Where DDL commits on its own, each migration has its own transaction: a table never exists
    // without its version, so the next run does not fail on "already exists".
    assertThat(db.tableExists("items")).isEqualTo(!transactionalDdl());
    assertThat(versions()).isEqualTo(transactionalDdl() ? List.of() : List.of(V1));
    assertThat(listener.messages(Kind.NOTE)).filteredOn(m -> m.contains("dbmigrate.txnMode=")).singleElement()
        .asString().startsWith("dbmigrate.txnMode=" + (transactionalDdl() ? "all" : "per-file") + " (");

    write(V2 + "_broken.up.sql", "INSERT INTO items VALUES (3);\n");
    migratorWithDefaultMode().up();
    assertThat(versions()).containsExactly(V1, V2);
  }

  @Test
  void modePerFileKeepsEarlierFilesAndSaysHowMany() throws IOException {
    writeFailingPair();

    assertThatThrownBy(() -> migrator(TxnMode.PER_FILE).up())
        .hasMessageContaining("line 3")
        .hasMessageContaining("1 earlier migration(s) of this run stay applied");

    assertThat(items()).isEqualTo(2);
    assertThat(versions()).containsExactly(V1);
  }

  @Test
  void modeNoneKeepsWhatRanAndRecordsNothingForTheFailedFile() throws IOException {
    writeFailingPair();

    assertThatThrownBy(() -> migrator(TxnMode.NONE).up())
        .hasMessageContaining("starting on lines 1")
        .hasMessageContaining("stay applied");

    assertThat(items()).isEqualTo(3);
    assertThat(versions()).containsExactly(V1);

    write(V2 + "_broken.up.sql", "INSERT INTO items VALUES (4);\n");
    migrator(TxnMode.NONE).up();
    assertThat(versions()).containsExactly(V1, V2);
  }

  @Test
  void appliedAtIsTheInstantOfTheRunWhateverTheJvmZone() throws Exception {
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    Instant before = Instant.now().minusSeconds(2);

    migrator(TxnMode.ALL).up();

    // A zone far from the server's, so that reading its local time in the JVM's zone would be hours off.
    TimeZone zone = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
    Instant appliedAt;
    try {
      appliedAt = migrator(TxnMode.ALL).status().rows().get(0).appliedAt();
    } finally {
      TimeZone.setDefault(zone);
    }
    assertThat(appliedAt).isBetween(before, Instant.now().plus(Duration.ofSeconds(2)));
  }

  @Test
  void anOlderVersionMergedLateIsAppliedOutOfOrder() throws IOException {
    write(V2 + "_b.up.sql", "CREATE TABLE b (id int);");
    write(V3 + "_c.up.sql", "CREATE TABLE c (id int);");
    migrator(TxnMode.ALL).up();
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");

    RunResult result = migrator(TxnMode.ALL).up();

    assertThat(result.outOfOrder()).containsExactly(V1);
    assertThat(listener.messages(Kind.OUT_OF_ORDER)).singleElement().asString()
        .contains(V1 + "_a.up.sql").contains("out of order");
    assertThat(versions()).containsExactly(V1, V2, V3);
  }

  @Test
  void downByStepsAndToAVersion() throws IOException {
    for (String v : List.of(V1, V2, V3)) {
      write(v + "_t" + v + ".up.sql", "CREATE TABLE t" + v + " (id int);");
      write(v + "_t" + v + ".down.sql", "DROP TABLE t" + v + ";");
    }
    migrator(TxnMode.ALL).up();

    migrator(TxnMode.ALL).down(1, null);
    assertThat(versions()).containsExactly(V1, V2);
    assertThat(db.tableExists("t" + V3)).isFalse();

    migrator(TxnMode.PER_FILE).down(1, V1);
    assertThat(versions()).containsExactly(V1);
    assertThat(db.tableExists("t" + V1)).isTrue();
  }

  // --- targets: up and down with dbmigrate.to / dbmigrate.steps (issue 12) ---

  void writeThreeReversible() throws IOException {
    for (String v : List.of(V1, V2, V3)) {
      write(v + "_t" + v + ".up.sql", "CREATE TABLE t" + v + " (id int);");
      write(v + "_t" + v + ".down.sql", "DROP TABLE t" + v + ";");
    }
  }

  EngineConfig with(TxnMode mode, UnaryOperator<RunOptions> options) {
    EngineConfig config = config(mode);
    return config.withOptions(options.apply(config.options()));
  }

  List<String> notes(EngineEvent.Level level) {
    return listener.events().stream().filter(e -> e.kind() == Kind.NOTE && e.level() == level)
        .map(EngineEvent::message).toList();
  }

  @Test
  void upToAVersionAppliesThePendingOnesUpToItAndSaysWhatStaysPending() throws IOException {
    writeThreeReversible();

    RunResult result = migrator(TxnMode.ALL).up(Limit.to(V2));

    assertThat(result.done()).extracting(RunResult.Step::version).containsExactly(V1, V2);
    assertThat(versions()).containsExactly(V1, V2);
    assertThat(db.tableExists("t" + V3)).isFalse();
    assertThat(notes(EngineEvent.Level.INFO)).contains("Applying 2 of 3 pending version(s), up to and including"
        + " dbmigrate.to=" + V2 + "; 1 stay pending, from " + V3 + " on.");

    assertThat(migrator(TxnMode.ALL).up(Limit.steps(5)).done()).extracting(RunResult.Step::version)
        .containsExactly(V3);
    assertThat(notes(EngineEvent.Level.INFO)).contains("dbmigrate.steps=5, but only 1 pending: applying all 1.");
    assertThat(migrator(TxnMode.ALL).up(Limit.to(V1)).done()).isEmpty();
    assertThat(listener.messages(Kind.SUMMARY)).last().asString().contains("up to date");
  }

  @Test
  void upByStepsAppliesTheOldestPendingOnes() throws IOException {
    writeThreeReversible();

    assertThat(migrator(TxnMode.PER_FILE).up(Limit.steps(2)).done()).extracting(RunResult.Step::version)
        .containsExactly(V1, V2);
    assertThat(versions()).containsExactly(V1, V2);
    assertThat(notes(EngineEvent.Level.INFO)).contains("Applying the 2 oldest of 3 pending version(s)"
        + " (dbmigrate.steps=2); 1 stay pending, from " + V3 + " on.");
  }

  @Test
  void upToAVersionNoFileHasIsRefusedNamingTheNearestBeforeAnythingIsCreated() throws IOException {
    writeThreeReversible();

    assertThatThrownBy(() -> migrator(TxnMode.ALL).up(Limit.to("20240102120000")))
        .isInstanceOf(BadSetting.class)
        .hasMessageContaining("dbmigrate.to=20240102120000 is not the version of a migration file; the nearest are "
            + V2 + " (before) and " + V3 + " (after)");
    assertThatThrownBy(() -> migrator(TxnMode.ALL).up(new Limit(1, V1)))
        .isInstanceOf(BadSetting.class).hasMessageContaining("were both given; give one");
    assertThatThrownBy(() -> migrator(TxnMode.ALL).up(Limit.steps(0)))
        .isInstanceOf(BadSetting.class).hasMessageContaining("dbmigrate.steps must be at least 1, not 0");

    assertThat(db.tableExists("dbmigrate_versions")).isFalse();
    assertThat(db.tableExists("t" + V1)).isFalse();
  }

  @Test
  void upToAVersionAppliesOutOfOrderOnesOlderThanItAndSaysWhenNothingIsThatOld() throws IOException {
    write(V2 + "_b.up.sql", "CREATE TABLE b (id int);");
    write(V3 + "_c.up.sql", "CREATE TABLE c (id int);");
    migrator(TxnMode.ALL).up(Limit.to(V2));
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");

    assertThatThrownBy(() -> new Migrator(with(TxnMode.ALL, o -> o.withStrict(true)), listener).up(Limit.to(V2)))
        .hasMessageContaining(V1 + "_a.up.sql is older than the newest applied version " + V2);
    RunResult result = migrator(TxnMode.ALL).up(Limit.to(V2));

    assertThat(result.outOfOrder()).containsExactly(V1);
    assertThat(listener.messages(Kind.OUT_OF_ORDER)).last().asString().contains(V1 + "_a.up.sql");
    assertThat(versions()).containsExactly(V1, V2);

    assertThat(migrator(TxnMode.ALL).up(Limit.to(V1)).done()).isEmpty();
    assertThat(listener.messages(Kind.SUMMARY)).last().isEqualTo("Nothing to apply: no pending version is at or"
        + " before dbmigrate.to=" + V1 + "; 1 pending, the oldest " + V3 + ".");
    assertThat(versions()).containsExactly(V1, V2);
  }

  @Test
  void aDryRunOfATargetedUpWritesOnlyTheChosenMigrations() throws IOException {
    writeThreeReversible();

    new Migrator(with(TxnMode.ALL, o -> o.withDryRun(true)), listener).up(Limit.to(V2));

    assertThat(Files.readString(dir.resolve("report/dry-run.sql")))
        .contains("CREATE TABLE t" + V1, "CREATE TABLE t" + V2).doesNotContain("CREATE TABLE t" + V3);
    assertThat(Files.readString(dir.resolve("report/report.json")))
        .contains("\"dryRun\": true", "Dry run: 2 script(s) would run");
    assertThat(db.tableExists("t" + V1)).isFalse();
    assertThat(db.tableExists("dbmigrate_versions")).isFalse();
  }

  @Test
  void downToBaseOrZeroOrByMoreStepsThanAppliedRollsBackEverything() throws IOException {
    writeThreeReversible();
    migrator(TxnMode.ALL).up();

    RunResult all = migrator(TxnMode.ALL).down(Limit.steps(999));

    assertThat(all.done()).extracting(RunResult.Step::version).containsExactly(V3, V2, V1);
    assertThat(versions()).isEmpty();
    assertThat(notes(EngineEvent.Level.INFO)).contains("dbmigrate.steps=999, but only 3 applied: rolling back all 3.");
    assertThat(Files.readString(dir.resolve("report/report.json"))).contains("\"direction\": \"down\"")
        .contains("Rolled back 3 migration(s)");

    for (String base : List.of("base", "0")) {
      migrator(TxnMode.ALL).up();
      assertThat(migrator(TxnMode.PER_FILE).down(Limit.to(base)).done()).hasSize(3);
      assertThat(versions()).as(base).isEmpty();
      assertThat(db.tableExists("t" + V1)).as(base).isFalse();
    }

    assertThat(migrator(TxnMode.ALL).down(Limit.to("base")).done()).isEmpty();
    assertThat(listener.messages(Kind.SUMMARY)).last().isEqualTo("Nothing to roll back: no version is applied.");
    assertThat(migrator(TxnMode.ALL).down(Limit.NONE).done()).isEmpty();
  }

  @Test
  void redoByMoreStepsThanAppliedRedoesAllOfThemSayingSo() throws IOException {
    writeThreeReversible();
    assertThat(new Redo(config(TxnMode.ALL), listener).run(2).done()).isEmpty();
    assertThat(listener.messages(Kind.SUMMARY)).last().isEqualTo("Nothing to redo: no version is applied.");
    migrator(TxnMode.ALL).up(Limit.steps(2));

    RunResult redone = new Redo(config(TxnMode.ALL), listener).run(5);

    assertThat(redone.done()).extracting(RunResult.Step::version).containsExactly(V2, V1, V1, V2);
    assertThat(notes(EngineEvent.Level.INFO)).contains("dbmigrate.steps=5, but only 2 applied: rolling back all 2.");
    assertThat(versions()).containsExactly(V1, V2);
  }

  @Test
  void downToAnUnknownVersionOrWithStepsToo() throws IOException {
    writeThreeReversible();
    migrator(TxnMode.ALL).up();

    assertThatThrownBy(() -> migrator(TxnMode.ALL).down(Limit.to("20240102120000")))
        .isInstanceOf(BadSetting.class)
        .hasMessageContaining("the nearest are " + V2 + " (before) and " + V3 + " (after)");
    assertThatThrownBy(() -> migrator(TxnMode.ALL).down(new Limit(2, V1)))
        .isInstanceOf(BadSetting.class).hasMessageContaining("were both given");

    assertThat(versions()).containsExactly(V1, V2, V3);
  }

  @Test
  void aTargetedDownIsGuardedAndCanDryRun() throws IOException {
    writeThreeReversible();
    EngineConfig production = config(TxnMode.ALL).withTarget(config(TxnMode.ALL).target().withEnvironment("production"));
    new Migrator(production, listener).up();

    assertThatThrownBy(() -> migrator(TxnMode.ALL).down(Limit.to("base")))
        .hasMessageContaining("dbmigrate:down refuses to run: the history table records environment 'production'");
    new Migrator(with(TxnMode.ALL, o -> o.withDryRun(true)), listener).down(Limit.to("base"));

    assertThat(listener.messages(Kind.GUARD)).last().asString().startsWith("A real run would be refused");
    assertThat(Files.readString(dir.resolve("report/dry-run.sql")))
        .containsSubsequence("DROP TABLE t" + V3, "DROP TABLE t" + V2, "DROP TABLE t" + V1);
    assertThat(versions()).containsExactly(V1, V2, V3);
  }

  @Test
  void upWarnsWhenItFindsNoFileWhileVersionsAreApplied() throws IOException {
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    migrator(TxnMode.ALL).up();
    Path mistyped = Files.createDirectories(dir.resolve("db/migratoins"));

    new Migrator(config(TxnMode.ALL).withSources(Sources.in(List.of(mistyped))), listener).up();

    assertThat(notes(EngineEvent.Level.WARN)).filteredOn(note -> note.startsWith("No migration files"))
        .singleElement().asString().startsWith("No migration files in " + mistyped + ", but the database has 1 version(s) applied (newest "
            + V1 + ").").contains("mistyped directory");
  }

  @Test
  void malformedFilesAreNamedBeforeAnyDatabaseWorkEvenWhileTheConnectionOpensAlongside() throws IOException {
    // The files are read on a thread of their own while the connection opens; their errors still win.
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    write("2024010200000_short.up.sql", "CREATE TABLE b (id int);");

    assertThatThrownBy(() -> migrator(TxnMode.ALL).up()).hasMessageContaining("2024010200000_short.up.sql");
    assertThatThrownBy(() -> migrator(TxnMode.ALL).status()).hasMessageContaining("2024010200000_short.up.sql");
    assertThat(db.tableExists("dbmigrate_versions")).isFalse();
    assertThat(db.tableExists("a")).isFalse();

    EngineConfig unreachable = Configs.of(new DatabaseTarget("jdbc:postgresql://127.0.0.1:1/nowhere", null, null),
        new TableName(null, "dbmigrate_versions"), List.of(dir), TxnMode.ALL, Duration.ofSeconds(1), false,
        dir.resolve("report"), "tester").withFrontEnd(MavenFrontEnd.INSTANCE);
    assertThatThrownBy(() -> new Migrator(unreachable, listener).up()).hasMessageContaining("2024010200000_short.up.sql");
    assertThatThrownBy(() -> new Migrator(unreachable, listener).status()).hasMessageContaining("2024010200000_short.up.sql");
  }

  @Test
  void downRefusesAVersionWithoutDownScriptAndChangesNothing() throws IOException {
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    write(V1 + "_a.down.sql", "DROP TABLE a;");
    write(V2 + "_b.up.sql", "CREATE TABLE b (id int);");
    migrator(TxnMode.ALL).up();

    assertThatThrownBy(() -> migrator(TxnMode.ALL).down(2, null))
        .hasMessageContaining(V2 + " (" + V2 + "_b.up.sql) has no .down.sql file");

    assertThat(versions()).containsExactly(V1, V2);
    assertThat(db.tableExists("a")).isTrue();
  }

  @Test
  void aTableCreatedByTheGoToolIsUsedAsFound() throws IOException {
    db.execute("CREATE TABLE dbmigrate_versions (version char(14) NOT NULL PRIMARY KEY)");
    db.execute("INSERT INTO dbmigrate_versions (version) VALUES ('" + V1 + "')");
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    write(V2 + "_b.up.sql", "CREATE TABLE b (id int);");

    RunResult result = migrator(TxnMode.ALL).up();

    assertThat(result.done()).extracting(RunResult.Step::version).containsExactly(V2);
    assertThat(db.tableExists("a")).isFalse();
    assertThat(versions()).containsExactly(V1, V2);
    assertThat(db.column(historyColumnCountSql())).containsExactly("1");
    StatusReport status = migrator(TxnMode.ALL).status();
    assertThat(status.rows()).extracting(r -> r.state()).containsOnly(MigrationState.APPLIED);
  }

  @Test
  void statusShowsAppliedPendingAndNoFileAndWritesJson() throws IOException {
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    migrator(TxnMode.ALL).up();
    db.execute("INSERT INTO dbmigrate_versions (version) VALUES ('" + V3 + "')");
    write(V2 + "_b.up.sql", "CREATE TABLE b (id int);");

    StatusReport report = migrator(TxnMode.ALL).status();

    assertThat(report.rows()).extracting(r -> r.version() + " " + r.state().label())
        .containsExactly(V1 + " applied", V2 + " pending", V3 + " no file");
    assertThat(report.summary()).isEqualTo("1 applied, 1 pending, 1 applied with no file");
    assertThat(Files.readString(dir.resolve("report/status.json")))
        .contains("\"version\": \"" + V2 + "\", \"name\": \"b\", \"state\": \"pending\"");
    assertThat(listener.messages(Kind.STATUS_LINE).get(0)).startsWith("VERSION");
  }

  @Test
  void noDbTxnFilesAreRefusedInModeAllBeforeAnythingRunsAndRunInPerFile() throws IOException {
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    write(V2 + "_idx.no-db-txn.up.sql", "CREATE INDEX a_id ON a (id);");

    assertThatThrownBy(() -> migrator(TxnMode.ALL).up())
        .hasMessageContaining(V2 + "_idx.no-db-txn.up.sql")
        .hasMessageContaining("per-file");
    assertThat(db.tableExists("a")).isFalse();

    migrator(TxnMode.PER_FILE).up();
    assertThat(versions()).containsExactly(V1, V2);
  }

  @Test
  void aScriptsOwnTransactionControlIsRefusedBeforeAnythingRunsUnlessTheFileIsNoDbTxn() throws IOException {
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    write(V1 + "_a.down.sql", "DROP TABLE a;\nCOMMIT;\n");
    write(V2 + "_b.up.sql", "CREATE TABLE b (id int);\nINSERT INTO b VALUES (1);\nROLLBACK;\n");

    for (TxnMode mode : TxnMode.values()) {
      assertThatThrownBy(() -> migrator(mode).up())
          .isInstanceOf(MalformedFiles.class)
          .hasMessageContaining("Scripts that control their own transaction (nothing was run)")
          .hasMessageContaining(V2 + "_b.up.sql line 3: `ROLLBACK` is the script's own transaction control")
          .hasMessageContaining("name the file " + V2 + "_b.no-db-txn.up.sql");
      assertThat(db.tableExists("a")).as(mode.label()).isFalse();
      assertThat(db.tableExists("b")).as(mode.label()).isFalse();
      assertThat(versions()).as(mode.label()).isEmpty();
    }

    Files.delete(dir.resolve(V2 + "_b.up.sql"));
    migrator(TxnMode.ALL).up();
    assertThatThrownBy(() -> migrator(TxnMode.PER_FILE).down(1, null))
        .hasMessageContaining(V1 + "_a.down.sql line 2: `COMMIT`");
    assertThatThrownBy(() -> new Redo(config(TxnMode.ALL), listener).run(1))
        .hasMessageContaining(V1 + "_a.down.sql line 2: `COMMIT`");
    assertThat(db.tableExists("a")).isTrue();
    assertThat(versions()).containsExactly(V1);

    // A .no-db-txn. script runs outside a transaction and may manage its own.
    write(V2 + "_b.no-db-txn.up.sql", "BEGIN;\nCREATE TABLE b (id int);\nCOMMIT;\n");
    migrator(TxnMode.PER_FILE).up();
    assertThat(db.tableExists("b")).isTrue();
    assertThat(versions()).containsExactly(V1, V2);
  }

  @Test
  void fiveConcurrentRunsApplyEachMigrationExactlyOnce() throws Exception {
    assumeTrue(databaseHasLock(), "this database has no migration lock, so runs cannot be concurrent");
    write(V1 + "_a.up.sql", "CREATE TABLE counter (n int);\n" + sleepStatement(400) + "\nINSERT INTO counter VALUES (1);");
    write(V2 + "_b.up.sql", sleepStatement(400) + "\nINSERT INTO counter VALUES (2);");
    ExecutorService pool = Executors.newFixedThreadPool(5);
    List<RecordingListener> listeners = new ArrayList<>();
    List<Future<RunResult>> runs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      RecordingListener own = new RecordingListener();
      listeners.add(own);
      runs.add(pool.submit(() -> new Migrator(config(TxnMode.ALL), own).up()));
    }
    int applied = 0;
    for (Future<RunResult> run : runs) {
      applied += run.get().done().size();
    }
    pool.shutdown();

    assertThat(applied).isEqualTo(2);
    assertThat(db.column("SELECT n FROM counter ORDER BY n")).containsExactly("1", "2");
    assertThat(versions()).containsExactly(V1, V2);
    assertThat(listeners).anyMatch(l -> l.saw(Kind.LOCK_WAITING));
  }
}
