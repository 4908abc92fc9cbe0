package io.github.dbmigrate.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.RunOptions;
import io.github.dbmigrate.engine.TxnMode;
import io.github.dbmigrate.engine.db.DatabaseTarget;
import io.github.dbmigrate.engine.dialect.TableName;
import io.github.dbmigrate.engine.event.EngineEvent;
import io.github.dbmigrate.engine.event.EngineEvent.Kind;
import io.github.dbmigrate.engine.status.ChecksumState;
import io.github.dbmigrate.engine.status.MigrationState;
import io.github.dbmigrate.engine.status.StatusReport;
import io.github.dbmigrate.engine.status.StatusRow;
import io.github.dbmigrate.engine.testing.Configs;
import io.github.dbmigrate.engine.testing.JsonCheck;
import io.github.dbmigrate.engine.testing.RecordingListener;
import io.github.dbmigrate.engine.testing.TestDatabase;
import io.github.dbmigrate.maven.MavenFrontEnd;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Release-pipeline behaviour on every database: drift, strict, verify, mark/unmark, redo, dry runs,
 * reports and the guard of destructive goals. Subclasses give the database.
 */
abstract class ReleaseScenarioTest {

  /** The history table as statements name it: in the schema the session started in, quoted. */
  /** The history table in dry-run.sql: quoted, in the case the database folds the bare name to. */
  static final String HISTORY_IN_SESSION_SCHEMA = "TABLE([\"`]\\w+[\"`]\\.)?(?i:[\"`]dbmigrate_versions[\"`])";


  static final String V1 = "20240101000000";
  static final String V2 = "20240102000000";
  static final String V3 = "20240103000000";

  @TempDir Path dir;
  TestDatabase db;
  RecordingListener listener = new RecordingListener();

  abstract TestDatabase createDatabase();

  @BeforeEach
  void createDb() {
    db = createDatabase();
  }

  @AfterEach
  void dropDb() {
    db.close();
  }

  /** What a test varies: the switches of the run, the target's environment and the job summary file. */
  record Setup(RunOptions options, String environment, Path stepSummary) {

    Setup withDryRun(boolean on) {
      return new Setup(options.withDryRun(on), environment, stepSummary);
    }

    Setup withStrict(boolean on) {
      return new Setup(options.withStrict(on), environment, stepSummary);
    }

    Setup withGuard(Set<String> protectedNames, boolean allow) {
      return new Setup(options.withGuard(protectedNames, allow), environment, stepSummary);
    }

    Setup withEnvironment(String name) {
      return new Setup(options, name, stepSummary);
    }

    Setup withStepSummary(Path file) {
      return new Setup(options, environment, file);
    }
  }

  EngineConfig config(UnaryOperator<Setup> change) {
    Setup setup = change.apply(new Setup(RunOptions.defaults(), null, null));
    EngineConfig config = Configs.of(new DatabaseTarget(db.url(), null, null),
        new TableName(null, "dbmigrate_versions"), List.of(dir.resolve("migrations")), TxnMode.ALL,
        Duration.ofSeconds(30), false, dir.resolve("report"), "tester");
    return config.withTarget(config.target().withEnvironment(setup.environment()))
        .withOptions(setup.options().withTxnMode(TxnMode.ALL).withLock(Duration.ofSeconds(30), false))
        .withOutputs(config.outputs().withStepSummary(setup.stepSummary()));
  }

  Migrator migrator(UnaryOperator<Setup> options) {
    return new Migrator(config(options), listener);
  }

  Migrator migrator() {
    return migrator(o -> o);
  }

  void write(String fileName, String sql) throws IOException {
    Files.createDirectories(dir.resolve("migrations"));
    Files.writeString(dir.resolve("migrations").resolve(fileName), sql);
  }

  String report(String file) throws IOException {
    return Files.readString(dir.resolve("report").resolve(file));
  }

  List<String> versions() {
    return db.column("SELECT version FROM dbmigrate_versions ORDER BY version");
  }

  /** Two migrations with down scripts that leave a trace in {@code events}. */
  void writeTracedPair() throws IOException {
    write(V1 + "_events.up.sql", "CREATE TABLE events (what varchar(20));");
    write(V1 + "_events.down.sql", "DROP TABLE events;");
    write(V2 + "_trace.up.sql", "INSERT INTO events VALUES ('up2');");
    write(V2 + "_trace.down.sql", "INSERT INTO events VALUES ('down2');");
  }

  /** Every user table and column, and every history row: what a dry run must leave as it was. */
  List<String> snapshot() throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Connection c = db.connect(); Statement st = c.createStatement()) {
      lines.addAll(rows(st, "SELECT table_schema, table_name, table_type FROM information_schema.tables"
          + " WHERE upper(table_schema) NOT IN ('PG_CATALOG', 'INFORMATION_SCHEMA')"
          + " ORDER BY table_schema, table_name"));
      lines.addAll(rows(st, "SELECT table_name, column_name, data_type, ordinal_position, is_nullable"
          + " FROM information_schema.columns"
          + " WHERE upper(table_schema) NOT IN ('PG_CATALOG', 'INFORMATION_SCHEMA')"
          + " ORDER BY table_name, ordinal_position"));
      if (db.tableExists("dbmigrate_versions")) {
        lines.addAll(rows(st, "SELECT * FROM dbmigrate_versions ORDER BY version"));
      }
    }
    return lines;
  }

  private static List<String> rows(Statement st, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (ResultSet rs = st.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(rs.getString(i)).append(" | ");
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }

  // --- drift ---

  @Test
  void aFileEditedAfterItWasAppliedShowsAsChanged() throws Exception {
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    write(V2 + "_b.up.sql", "CREATE TABLE b (id int);");
    migrator().up();
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int, note varchar(10));");

    StatusReport status = migrator().status();

    assertThat(status.rows()).extracting(r -> r.version() + " " + r.state().label() + " " + r.checksum().label())
        .containsExactly(V1 + " changed changed", V2 + " applied ok");
    assertThat(status.summary()).isEqualTo("1 applied, 1 changed since applied, 0 pending, 0 applied with no file");
    assertThat(report("status.json")).contains("\"changed\": 1").contains("\"state\": \"changed\"");
    JsonCheck.assertWellFormed(report("status.json"));
    JsonCheck.assertWellFormed(report("report.json"));
    assertThat(listener.messages(Kind.STATUS_LINE)).anyMatch(l -> l.startsWith(V1) && l.contains("changed"));
  }

  @Test
  void lineEndingsAndAByteOrderMarkAreNoDrift() throws Exception {
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n");
    migrator().up();
    Files.write(dir.resolve("migrations").resolve(V1 + "_a.up.sql"),
        ("\uFEFFCREATE TABLE a (id int);\r\nCREATE TABLE b (id int);\r\n").getBytes(StandardCharsets.UTF_8));

    assertThat(migrator().status().rows()).singleElement()
        .satisfies(r -> assertThat(r.checksum()).isEqualTo(ChecksumState.MATCHES));
    new Verifier(config(o -> o), listener).verify(Verifier.Tolerance.NONE);
  }

  @Test
  void goToolRowsAndUnknownAlgorithmsAreUnknownNeverDrift() throws Exception {
    db.execute("CREATE TABLE dbmigrate_versions (version char(14) NOT NULL PRIMARY KEY)");
    db.execute("INSERT INTO dbmigrate_versions (version) VALUES ('" + V1 + "')");
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");

    StatusReport status = migrator(o -> o.withEnvironment("staging")).status();
    assertThat(status.rows()).singleElement().satisfies(r -> {
      assertThat(r.state()).isEqualTo(MigrationState.APPLIED);
      assertThat(r.checksum()).isEqualTo(ChecksumState.UNKNOWN);
    });
    assertThat(status.summary()).endsWith("; 1 applied without a checksum to compare");
    new Verifier(config(o -> o), listener).verify(Verifier.Tolerance.NONE);

    // the run's environment cannot be recorded on the Go tool's table, and that is fine
    write(V2 + "_b.up.sql", "CREATE TABLE b (id int);");
    migrator(o -> o.withStrict(true).withEnvironment("staging")).up();
    assertThat(versions()).containsExactly(V1, V2);
    assertThat(listener.saw(Kind.DRIFT)).isFalse();
  }

  @Test
  void aChecksumOfAnotherAlgorithmIsUnknown() throws Exception {
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    migrator().up();
    db.execute("UPDATE dbmigrate_versions SET checksum = 'sha512-lf:abcdef'");

    assertThat(migrator().status().rows()).singleElement()
        .satisfies(r -> assertThat(r.checksum()).isEqualTo(ChecksumState.UNKNOWN));
  }

  @Test
  void upWarnsAboutDriftAndGoesOn() throws Exception {
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    migrator().up();
    write(V1 + "_a.up.sql", "CREATE TABLE a (id bigint);");
    write(V2 + "_b.up.sql", "CREATE TABLE b (id int);");

    migrator().up();

    assertThat(versions()).containsExactly(V1, V2);
    assertThat(listener.messages(Kind.DRIFT)).singleElement().asString()
        .contains(V1 + "_a.up.sql was edited after version " + V1 + " was applied").contains("strict");
    assertThat(report("report.json")).contains("\"drift\": [\n    \"" + V1 + "_a.up.sql was edited");
  }

  @Test
  void strictStopsUpOnDriftOrOutOfOrderBeforeAnythingRuns() throws Exception {
    write(V2 + "_b.up.sql", "CREATE TABLE b (id int);");
    migrator().up();
    write(V2 + "_b.up.sql", "CREATE TABLE b (id bigint);");
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    write(V3 + "_c.up.sql", "CREATE TABLE c (id int);");

    assertThatThrownBy(() -> migrator(o -> o.withStrict(true)).up())
        .hasMessageContaining("dbmigrate.strict=true stops dbmigrate:up; nothing was run")
        .hasMessageContaining(V1 + "_a.up.sql is older than the newest applied version " + V2)
        .hasMessageContaining(V2 + "_b.up.sql was edited after version " + V2);

    assertThat(versions()).containsExactly(V2);
    assertThat(db.tableExists("a")).isFalse();
    assertThat(db.tableExists("c")).isFalse();
    assertThat(report("report.json")).contains("\"outcome\": \"failure\"").contains("\"outOfOrder\": [\n    \"" + V1);
  }

  // --- verify ---

  @Test
  void verifyListsPendingDriftAndMissingFilesAndToleratesWhatItIsTold() throws Exception {
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    migrator().up();
    write(V1 + "_a.up.sql", "CREATE TABLE a (id bigint);");
    write(V2 + "_b.up.sql", "CREATE TABLE b (id int);");
    db.execute("INSERT INTO dbmigrate_versions (version) VALUES ('" + V3 + "')");
    Verifier verifier = new Verifier(config(o -> o), listener);

    assertThatThrownBy(() -> verifier.verify(Verifier.Tolerance.NONE))
        .hasMessageContaining("is not where this build expects it")
        .hasMessageContaining("drift: " + V1 + " a was applied, and its up file changed since")
        .hasMessageContaining("pending: " + V2 + " b is not applied")
        .hasMessageContaining("no file: " + V3 + " is applied but this build has no file for it")
        .hasMessageContaining("dbmigrate.allowPending");
    assertThat(report("report.json")).contains("\"goal\": \"verify\"").contains("\"outcome\": \"failure\"");

    assertThatThrownBy(() -> verifier.verify(new Verifier.Tolerance(true, false, true)))
        .hasMessageContaining("drift: ").hasMessageNotContaining("pending: ");
    verifier.verify(new Verifier.Tolerance(true, true, true));
    assertThat(listener.messages(Kind.FINDING)).anyMatch(m -> m.contains("tolerated: dbmigrate.allowPending=true"));
    assertThat(db.tableExists("b")).isFalse();
  }

  @Test
  void verifyPassesQuietlyWhenEverythingIsApplied() throws Exception {
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    migrator().up();
    listener.events().clear();

    new Verifier(config(o -> o), listener).verify(Verifier.Tolerance.NONE);

    // the line naming the database, then the verdict
    assertThat(listener.events()).extracting(EngineEvent::kind).containsExactly(Kind.TARGET, Kind.SUMMARY);
    assertThat(listener.events().get(1).message())
        .isEqualTo("The database matches the migrations: 1 applied, 0 pending, 0 applied with no file.");
  }

  @Test
  void verifyOnADatabaseNeverMigratedListsEverythingAsPendingAndCreatesNothing() throws Exception {
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");

    assertThatThrownBy(() -> new Verifier(config(o -> o), listener).verify(Verifier.Tolerance.NONE))
        .hasMessageContaining("pending: " + V1);
    assertThat(db.tableExists("dbmigrate_versions")).isFalse();
  }

  // --- mark / unmark ---

  @Test
  void markRecordsABaselineWithoutRunningScripts() throws Exception {
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    write(V2 + "_b.up.sql", "CREATE TABLE b (id int);");
    db.execute("CREATE TABLE a (id int)"); // brought up to date by hand

    List<String> marked = new HistoryMarks(config(o -> o.withEnvironment("staging")), listener).mark(V1);

    assertThat(marked).containsExactly(V1);
    assertThat(listener.messages(Kind.HISTORY_EDIT)).containsExactly(
        "Marked " + V1 + "_a.up.sql as applied without running it.");
    assertThat(db.column("SELECT name || ' ' || environment || ' ' || coalesce(cast(execution_ms AS varchar(20)), 'null')"
        + " FROM dbmigrate_versions")).containsExactly("a staging null");
    assertThat(report("report.json")).contains("\"historyEdits\": [\n    {\"action\": \"marked\", \"version\": \"" + V1);
    assertThat(migrator().status().rows()).extracting(StatusRow::checksum)
        .containsExactly(ChecksumState.MATCHES, null);

    RunResult up = migrator().up();
    assertThat(up.done()).extracting(RunResult.Step::version).containsExactly(V2);
  }

  @Test
  void dryRunsOfMarkAndUnmarkShowTheHistoryEditsAndChangeNothing() throws Exception {
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    write(V2 + "_b.up.sql", "CREATE TABLE b (id int);");
    new HistoryMarks(config(o -> o), listener).mark(V1);
    List<String> before = snapshot();

    new HistoryMarks(config(o -> o.withDryRun(true)), listener).mark(V2);
    String mark = report("dry-run.sql");
    new HistoryMarks(config(o -> o.withDryRun(true)), listener).unmark(V1);
    String unmark = report("dry-run.sql");

    assertThat(snapshot()).isEqualTo(before);
    assertThat(versions()).containsExactly(V1);
    assertThat(mark).containsPattern(HISTORY_IN_SESSION_SCHEMA.replace("TABLE", "INSERT INTO ") + ".*'" + V2 + "', 'b'");
    assertThat(unmark).containsPattern(HISTORY_IN_SESSION_SCHEMA.replace("TABLE", "DELETE FROM ") + " WHERE version = '" + V1 + "'");
    assertThat(listener.messages(Kind.HISTORY_EDIT)).contains("Would mark " + V2 + "_b.up.sql as applied without running it.");
  }

  @Test
  void markAllRecordsEveryPendingVersionAndUnmarkRemovesRecords() throws Exception {
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    write(V2 + "_b.up.sql", "CREATE TABLE b (id int);");
    HistoryMarks marks = new HistoryMarks(config(o -> o), listener);

    assertThat(marks.mark("all")).containsExactly(V1, V2);
    assertThat(marks.mark(V1)).isEmpty();
    assertThat(listener.messages(Kind.HISTORY_EDIT)).last().asString().contains("already recorded");
    assertThat(db.tableExists("a")).isFalse();

    assertThat(marks.unmark(V2)).containsExactly(V2);
    assertThat(versions()).containsExactly(V1);
    assertThat(listener.messages(Kind.HISTORY_EDIT)).last().asString()
        .isEqualTo("Unmarked " + V2 + ": its record is removed and the schema left as it is, so the next up"
            + " runs its script again.");
    assertThat(report("report.md")).contains("unmarked " + V2);
  }

  @Test
  void markAndUnmarkChangeNothingWhenAVersionIsWrong() throws Exception {
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    HistoryMarks marks = new HistoryMarks(config(o -> o), listener);

    assertThatThrownBy(() -> marks.mark(V1 + "," + V3))
        .hasMessageContaining(V3 + " has no migration file");
    assertThat(versions()).isEmpty();
    assertThatThrownBy(() -> marks.unmark(V1)).hasMessageContaining(V1 + " is not recorded as applied");
    assertThatThrownBy(() -> marks.unmark("all")).hasMessageContaining("-Ddbmigrate.version=<version>");
    assertThatThrownBy(() -> marks.mark("2024")).hasMessageContaining("Not a 14-digit version: 2024");
  }

  // --- redo ---

  @Test
  void redoRollsBackAndReappliesTheNewestVersions() throws Exception {
    writeTracedPair();
    migrator().up();

    RunResult redo = new Redo(config(o -> o), listener).run(1);

    assertThat(redo.done()).extracting(RunResult.Step::file)
        .containsExactly(V2 + "_trace.down.sql", V2 + "_trace.up.sql");
    assertThat(db.column("SELECT what FROM events")).containsExactly("up2", "down2", "up2");
    assertThat(versions()).containsExactly(V1, V2);
    assertThat(listener.messages(Kind.SUMMARY)).last().asString().startsWith("Rolled back and re-applied 1 migration(s)");
    assertThat(report("report.json")).contains("\"direction\": \"down\"").contains("\"direction\": \"up\"");
  }

  // --- dry runs ---

  @Test
  void aDryRunOnANewDatabaseChangesNothingNotEvenTheHistoryTable() throws Exception {
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);\nINSERT INTO a VALUES (1);");
    List<String> before = snapshot();

    RunResult result = migrator(o -> o.withDryRun(true).withEnvironment("qa")).up();

    assertThat(snapshot()).isEqualTo(before);
    assertThat(db.tableExists("dbmigrate_versions")).isFalse();
    assertThat(result.done()).extracting(RunResult.Step::version).containsExactly(V1);
    String sql = report("dry-run.sql");
    assertThat(sql).contains("Nothing was changed").contains("the history table was not created")
        .containsPattern(HISTORY_IN_SESSION_SCHEMA.replace("TABLE", "CREATE TABLE IF NOT EXISTS "));
    assertThat(sql.indexOf("CREATE TABLE a (id int);")).isLessThan(sql.indexOf("INSERT INTO a VALUES (1);"));
    assertThat(sql).containsPattern(HISTORY_IN_SESSION_SCHEMA.replace("TABLE", "INSERT INTO ")
        + java.util.regex.Pattern.quote(" (version, name, checksum, execution_ms, applied_by, environment) VALUES ('"
        + V1 + "', 'a', 'sha256-lf:"));
    assertThat(sql).contains("'tester', 'qa');");
    assertThat(listener.messages(Kind.DRY_RUN)).contains("CREATE TABLE a (id int);");
    assertThat(report("report.json")).contains("\"dryRun\": true");
  }

  @Test
  void dryRunsOfUpDownAndRedoLeaveAnExistingDatabaseAsItWas() throws Exception {
    writeTracedPair();
    migrator().up();
    write(V3 + "_c.up.sql", "CREATE TABLE c (id int);");
    List<String> before = snapshot();

    migrator(o -> o.withDryRun(true)).up();
    String up = report("dry-run.sql");
    migrator(o -> o.withDryRun(true)).down(1, null);
    String down = report("dry-run.sql");
    new Redo(config(o -> o.withDryRun(true)), listener).run(2);
    String redo = report("dry-run.sql");

    assertThat(snapshot()).isEqualTo(before);
    assertThat(db.column("SELECT what FROM events")).containsExactly("up2");
    assertThat(up).contains("CREATE TABLE c (id int);").doesNotContain("events")
        .contains("VALUES ('" + V3 + "', 'c'").doesNotContain("history table does not exist");
    assertThat(down).containsPattern(java.util.regex.Pattern.quote("INSERT INTO events VALUES ('down2');\n")
        + HISTORY_IN_SESSION_SCHEMA.replace("TABLE", "DELETE FROM ")
        + java.util.regex.Pattern.quote(" WHERE version = '" + V2 + "';")).doesNotContain("DROP TABLE events");
    assertThat(redo).containsSubsequence("INSERT INTO events VALUES ('down2');", "DROP TABLE events;",
        "CREATE TABLE events", "INSERT INTO events VALUES ('up2');", "-- COMMIT");
  }

  @Test
  void aDryRunRefusesWhatTheRealRunWouldRefuseAndLeavesNoStalePreview() throws Exception {
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    migrator(o -> o.withDryRun(true)).up();
    assertThat(dir.resolve("report/dry-run.sql")).exists();
    write(V2 + "_idx.no-db-txn.up.sql", "CREATE INDEX a_id ON a (id);");

    assertThatThrownBy(() -> migrator(o -> o.withDryRun(true)).up())
        .hasMessageContaining(V2 + "_idx.no-db-txn.up.sql").hasMessageContaining("per-file");
    assertThat(dir.resolve("report/dry-run.sql")).doesNotExist();
  }

  @Test
  void aPerFileDryRunShowsEachTransaction() throws Exception {
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    write(V2 + "_idx.no-db-txn.up.sql", "CREATE INDEX a_id ON a (id);");
    EngineConfig perFile = config(o -> o).withOptions(RunOptions.defaults().withTxnMode(TxnMode.PER_FILE)
        .withLock(Duration.ofSeconds(30), false).withDryRun(true));

    new Migrator(perFile, listener).up();

    assertThat(report("dry-run.sql")).containsSubsequence("-- " + V1 + "_a.up.sql: BEGIN (its own transaction)",
        "CREATE TABLE a (id int);", "-- COMMIT", "-- " + V2 + "_idx.no-db-txn.up.sql: outside a transaction",
        "CREATE INDEX a_id ON a (id);");
    assertThat(db.tableExists("a")).isFalse();
  }

  // --- guards and environment ---

  @Test
  void destructiveGoalsAreRefusedWhereAProtectedEnvironmentIsRecorded() throws Exception {
    writeTracedPair();
    migrator(o -> o.withEnvironment("Production")).up();
    assertThat(db.column("SELECT environment FROM dbmigrate_versions")).containsOnly("Production");

    assertThatThrownBy(() -> migrator().down(1, null))
        .hasMessageContaining("dbmigrate:down refuses to run: the history table records environment 'Production'")
        .hasMessageContaining("dbmigrate.protectedEnvironments is 'production'")
        .hasMessageContaining("-Ddbmigrate.allowDestructive=true");
    assertThatThrownBy(() -> new Redo(config(o -> o), listener).run(1)).hasMessageContaining("dbmigrate:redo refuses");
    assertThatThrownBy(() -> new HistoryMarks(config(o -> o), listener).unmark(V2))
        .hasMessageContaining("dbmigrate:unmark refuses");
    assertThat(versions()).containsExactly(V1, V2);
    assertThat(db.column("SELECT what FROM events")).containsExactly("up2");

    migrator(o -> o.withDryRun(true)).down(1, null);
    assertThat(listener.messages(Kind.GUARD)).last().asString().startsWith("A real run would be refused");

    migrator(o -> o.withGuard(Set.of("production"), true)).down(1, null);
    assertThat(versions()).containsExactly(V1);
    assertThat(listener.messages(Kind.GUARD)).last().asString().contains("dbmigrate.allowDestructive=true");
  }

  @Test
  void theRunsOwnEnvironmentCanBeProtectedToo() throws Exception {
    writeTracedPair();
    migrator().up();

    assertThatThrownBy(() -> migrator(o -> o.withEnvironment("prod").withGuard(Set.of("prod", "production"), false))
        .down(1, null)).hasMessageContaining("this run's dbmigrate.environment is 'prod'");
    migrator(o -> o.withEnvironment("staging")).down(1, null);
    assertThat(versions()).containsExactly(V1);
  }

  // --- reports ---

  @Test
  void everyRunWritesJsonAndMarkdownAndAppendsToTheJobSummary() throws Exception {
    write(V2 + "_b.up.sql", "CREATE TABLE b (id int);");
    Path summary = dir.resolve("step-summary.md");
    migrator(o -> o.withStepSummary(summary).withEnvironment("ci")).up();
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");

    migrator(o -> o.withStepSummary(summary)).up();

    String json = report("report.json");
    JsonCheck.assertWellFormed(json);
    assertThat(json).contains("\"goal\": \"up\"", "\"outcome\": \"success\"", "\"lockWaitMs\": ",
        "\"outOfOrder\": [\n    \"" + V1 + "\"", "{\"version\": \"" + V1 + "\", \"name\": \"a\", \"file\": \""
            + V1 + "_a.up.sql\", \"direction\": \"up\", \"durationMs\": ");
    assertThat(report("report.md")).contains("### dbmigrate up: success", "| " + V1 + " | a | " + V1 + "_a.up.sql |",
        "**Applied out of order:**");
    assertThat(Files.readString(summary)).containsSubsequence("### dbmigrate up: success", "| environment | ci |",
        "### dbmigrate up: success", "**Applied out of order:**");

    write(V3 + "_c.up.sql", "CREATE TABLE broken (;");
    assertThatThrownBy(() -> migrator(o -> o.withStepSummary(summary)).up());
    assertThat(report("report.json")).contains("\"outcome\": \"failure\"", V3 + "_c.up.sql line 1: ");
    assertThat(Files.readString(summary)).contains("### dbmigrate up: **failed**");
  }
}
