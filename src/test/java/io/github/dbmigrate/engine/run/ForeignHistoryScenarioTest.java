package io.github.dbmigrate.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.TxnMode;
import io.github.dbmigrate.engine.db.DatabaseTarget;
import io.github.dbmigrate.engine.dialect.TableName;
import io.github.dbmigrate.engine.event.EngineEvent.Kind;
import io.github.dbmigrate.engine.status.MigrationState;
import io.github.dbmigrate.engine.status.StatusReport;
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
 * History tables the plugin did not write: the Go tool's (one nullable {@code version} column), rows
 * imported or edited by hand. Subclasses give the database.
 */
abstract class ForeignHistoryScenarioTest {

  static final String V1 = "20240101000000";
  static final String V2 = "20240102000000";
  static final String V3 = "20240103000000";

  @TempDir Path dir;
  @TempDir Path reports;
  TestDatabase db;
  RecordingListener listener = new RecordingListener();

  abstract TestDatabase createDatabase();

  @BeforeEach
  void createDb() {
    db = createDatabase();
  }

  @AfterEach
  void dropDb() {
    if (db != null) {
      db.close();
    }
  }

  EngineConfig config(TxnMode mode) {
    return config(mode, "dbmigrate_versions");
  }

  EngineConfig config(TxnMode mode, String table) {
    return Configs.of(new DatabaseTarget(db.url(), null, null), new TableName(null, table),
        List.of(dir), mode, Duration.ofSeconds(30), false, reports, "tester");
  }

  Migrator migrator() {
    return new Migrator(config(TxnMode.PER_FILE), listener);
  }

  void write(String fileName, String sql) throws IOException {
    Files.writeString(dir.resolve(fileName), sql);
  }

  /** The Go tool's table: one nullable version column, no key. */
  void goToolTable(String... versions) {
    historyTable("varchar(20)");
    for (String version : versions) {
      db.execute("INSERT INTO dbmigrate_versions (version) VALUES ("
          + (version == null ? "NULL" : "'" + version + "'") + ")");
    }
  }

  /** A history table of one version column of {@code type}, as someone created it by hand. */
  void historyTable(String type) {
    db.execute("CREATE TABLE dbmigrate_versions (version " + type + ")");
  }

  /** Every stored version, exactly as stored (NULL as null), in order. */
  List<String> storedVersions() {
    return db.column("SELECT CASE WHEN version IS NULL THEN NULL ELSE '[' || version || ']' END"
        + " FROM dbmigrate_versions ORDER BY version");
  }

  @Test
  void aNullVersionIsListedAsNoVersionAndEveryGoalGoesOn() throws Exception {
    goToolTable(V1, null);
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    write(V1 + "_a.down.sql", "DROP TABLE a;");
    write(V2 + "_b.up.sql", "CREATE TABLE b (id int);");
    write(V2 + "_b.down.sql", "DROP TABLE b;");

    RunResult up = migrator().up();
    assertThat(up.done()).extracting(RunResult.Step::version).containsExactly(V2);
    assertThat(up.outOfOrder()).isEmpty();

    StatusReport status = migrator().status();
    assertThat(status.rows()).extracting(r -> r.version() + " " + r.state().label())
        .containsExactly("NULL not a version", V1 + " applied", V2 + " applied");
    assertThat(status.summary()).contains("1 recorded value that is not a version");
    assertThatThrownBy(() -> new Verifier(config(TxnMode.PER_FILE), listener).verify(Verifier.Tolerance.NONE))
        .hasMessageContaining("not a version: a row with version NULL")
        .hasMessageMatching("(?s).*DELETE FROM (\\S+\\.)?[\"`]?(?i:dbmigrate_versions)[\"`]? WHERE version IS NULL.*");

    migrator().down(1, null);
    assertThat(db.tableExists("b")).isFalse();
    assertThat(storedVersions()).containsExactlyInAnyOrder(null, "[" + V1 + "]");
  }

  @Test
  void aVersionStoredWithTrailingSpacesIsRolledBackAndItsRowRemoved() throws Exception {
    goToolTable(V1 + "   ");
    db.execute("CREATE TABLE a (id int)");
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    write(V1 + "_a.down.sql", "DROP TABLE a;");

    assertThat(migrator().up().done()).isEmpty();
    RunResult down = migrator().down(1, null);

    assertThat(down.done()).extracting(RunResult.Step::version).containsExactly(V1);
    assertThat(db.tableExists("a")).isFalse();
    assertThat(storedVersions()).isEmpty();
  }

  @Test
  void aVersionRecordedTwiceOnceWithTrailingSpacesIsRemovedWholeByDown() throws Exception {
    goToolTable(V1, V1 + "  ");
    db.execute("CREATE TABLE a (id int)");
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    write(V1 + "_a.down.sql", "DROP TABLE a;");

    RunResult down = migrator().down(1, null);

    // Its table is gone: no row may go on saying the version is applied.
    assertThat(down.done()).extracting(RunResult.Step::version).containsExactly(V1);
    assertThat(db.tableExists("a")).isFalse();
    assertThat(db.column("SELECT count(*) FROM dbmigrate_versions")).containsExactly("0");
    assertThat(migrator().status().rows()).extracting(r -> r.version() + " " + r.state().label())
        .containsExactly(V1 + " pending");
  }

  @Test
  void unmarkRemovesAVersionStoredWithTrailingSpaces() throws Exception {
    goToolTable(V1 + "  ");
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");

    assertThat(new HistoryMarks(config(TxnMode.PER_FILE), listener).unmark(V1)).containsExactly(V1);

    assertThat(storedVersions()).isEmpty();
  }

  @Test
  void aDeleteThatRemovesNoRowFailsInsteadOfReportingSuccess() throws Exception {
    goToolTable(V1);
    var dialect = io.github.dbmigrate.engine.dialect.Dialects.forUrl(db.url());
    var table = new io.github.dbmigrate.engine.history.HistoryTable(dialect,
        new TableName(null, "dbmigrate_versions"), io.github.dbmigrate.maven.MavenFrontEnd.INSTANCE);
    try (var connection = db.connect()) {
      var row = table.read(connection).get(V1);
      db.execute("DELETE FROM dbmigrate_versions"); // another hand got there first

      assertThatThrownBy(() -> table.delete(connection, row))
          .isInstanceOf(java.sql.SQLException.class)
          .hasMessageContaining("removed no row")
          .hasMessageContaining(V1);
    }
  }

  @Test
  void aValueThatIsNotAVersionIsListedNeverComparedAndUnmarkRemovesIt() throws Exception {
    goToolTable(V1, "abc");
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    write(V2 + "_b.up.sql", "CREATE TABLE b (id int);");
    write(V3 + "_c.up.sql", "CREATE TABLE c (id int);");

    RunResult up = migrator().up();
    assertThat(up.done()).extracting(RunResult.Step::version).containsExactly(V2, V3);
    assertThat(up.outOfOrder()).isEmpty();
    assertThat(listener.saw(Kind.OUT_OF_ORDER)).isFalse();
    assertThat(migrator().status().rows()).extracting(r -> r.version() + " " + r.state().label())
        .containsExactly("abc not a version", V1 + " applied", V2 + " applied", V3 + " applied");
    Verifier verifier = new Verifier(config(TxnMode.PER_FILE), listener);
    assertThatThrownBy(() -> verifier.verify(Verifier.Tolerance.NONE))
        .hasMessageContaining("not a version: 'abc' is recorded")
        .hasMessageContaining("mvn dbmigrate:unmark -Ddbmigrate.version=abc");

    assertThat(new HistoryMarks(config(TxnMode.PER_FILE), listener).unmark("abc")).containsExactly("abc");

    assertThat(storedVersions()).containsExactly("[" + V1 + "]", "[" + V2 + "]", "[" + V3 + "]");
    verifier.verify(Verifier.Tolerance.NONE);
  }

  @Test
  void unmarkRemovesANullRowGivenAsNull() throws Exception {
    goToolTable(V1, null);
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");

    new HistoryMarks(config(TxnMode.PER_FILE), listener).unmark("NULL");

    assertThat(storedVersions()).containsExactly("[" + V1 + "]");
  }

  @Test
  void aBigintVersionColumnIsWrittenAndDeletedAsNumbers() throws Exception {
    historyTable("bigint");
    db.execute("INSERT INTO dbmigrate_versions (version) VALUES (" + V1 + ")");
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    write(V2 + "_b.up.sql", "CREATE TABLE b (id int);");
    write(V2 + "_b.down.sql", "DROP TABLE b;");
    write(V3 + "_c.up.sql", "CREATE TABLE c (id int);");
    write(V3 + "_c.down.sql", "DROP TABLE c;");

    RunResult up = new Migrator(config(TxnMode.ALL), listener).up();
    assertThat(up.done()).extracting(RunResult.Step::version).containsExactly(V2, V3);
    migrator().down(1, null);
    new Migrator(config(TxnMode.PER_FILE).withOptions(config(TxnMode.PER_FILE).options().withDryRun(true)),
        listener).down(1, null);

    assertThat(db.column("SELECT version FROM dbmigrate_versions ORDER BY version")).containsExactly(V1, V2);
    assertThat(db.tableExists("c")).isFalse();
    assertThat(Files.readString(reports.resolve("dry-run.sql"))).contains("WHERE version = " + V2)
        .doesNotContain("'" + V2 + "'");
    new Verifier(config(TxnMode.PER_FILE), listener).verify(new Verifier.Tolerance(true, false, false));
  }

  @Test
  void anIntVersionColumnIsRefusedBeforeAnythingRuns() throws Exception {
    historyTable("int");
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");

    EngineConfig dryRun = config(TxnMode.ALL).withOptions(config(TxnMode.ALL).options().withDryRun(true));
    assertThatThrownBy(() -> new Migrator(dryRun, listener).up()).hasMessageContaining("cannot hold a 14-digit version");
    assertThatThrownBy(() -> new Migrator(config(TxnMode.ALL), listener).up())
        .hasMessageContaining("cannot hold a 14-digit version")
        .hasMessageMatching("(?s).*column of type \\w*int\\w*.*")
        .hasMessageContaining("Nothing was run")
        .hasMessageContaining("varchar(14)");
    assertThat(db.tableExists("a")).isFalse();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"order", "user", "select", "GROUP"})
  void aReservedWordNamesTheHistoryTableInEveryGoal(String table) throws Exception {
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    write(V1 + "_a.down.sql", "DROP TABLE a;");
    write(V2 + "_b.up.sql", "CREATE TABLE b (id int);");
    write(V2 + "_b.down.sql", "DROP TABLE b;");
    EngineConfig config = config(TxnMode.PER_FILE, table);
    EngineConfig dryRun = config.withOptions(config.options().withDryRun(true));
    db.execute("CREATE TABLE a (id int)"); // brought up to date by hand: a baseline

    new Migrator(dryRun, listener).up();
    new HistoryMarks(config, listener).mark(V1);
    assertThat(new Migrator(config, listener).up().done()).extracting(RunResult.Step::version).containsExactly(V2);
    new Verifier(config, listener).verify(Verifier.Tolerance.NONE);
    new Migrator(config, listener).status();
    new HistoryMarks(config, listener).unmark(V2);
    assertThat(db.column("SELECT version FROM " + quotedFolded(table))).containsExactly(V1);
    new HistoryMarks(config, listener).mark(V2);
    new Migrator(dryRun, listener).down(1, null);
    new Migrator(config, listener).down(2, null);

    assertThat(db.tableExists("a")).isFalse();
    assertThat(db.tableExists("b")).isFalse();
    assertThat(db.column("SELECT count(*) FROM " + quotedFolded(table))).containsExactly("0");
  }

  /** {@code table} as the database names an unquoted word, quoted. */
  abstract String quotedFolded(String table);

  @Test
  void theGoToolsTableStaysTheSameTableWhateverCaseItIsGivenIn() throws Exception {
    db.execute("CREATE TABLE dbmigrate_versions (version varchar(14))");
    db.execute("INSERT INTO dbmigrate_versions (version) VALUES ('" + V1 + "')");
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    write(V2 + "_b.up.sql", "CREATE TABLE b (id int);");

    RunResult up = new Migrator(config(TxnMode.PER_FILE, unquotedSpelling()), listener).up();

    assertThat(up.done()).extracting(RunResult.Step::version).containsExactly(V2);
    assertThat(db.column("SELECT version FROM dbmigrate_versions ORDER BY version")).containsExactly(V1, V2);
  }

  /** A spelling of dbmigrate_versions that names the same table unquoted. */
  String unquotedSpelling() {
    return "DbMigrate_Versions";
  }
}
