package io.github.dbmigrate.engine.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.BadSetting;
import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.TxnMode;
import io.github.dbmigrate.engine.db.DatabaseTarget;
import io.github.dbmigrate.engine.dialect.TableName;
import io.github.dbmigrate.engine.event.EngineEvent.Kind;
import io.github.dbmigrate.engine.run.HistoryMarks;
import io.github.dbmigrate.engine.run.Migrator;
import io.github.dbmigrate.engine.sql.SqlStatement;
import io.github.dbmigrate.engine.status.ChecksumState;
import io.github.dbmigrate.engine.status.MigrationState;
import io.github.dbmigrate.engine.testing.Configs;
import io.github.dbmigrate.engine.testing.JsonCheck;
import io.github.dbmigrate.engine.testing.RecordingListener;
import io.github.dbmigrate.engine.testing.TestDatabase;
import io.github.dbmigrate.maven.MavenFrontEnd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code history} and {@code show} on every database: a version that ran, one only marked, one whose
 * file changed, one recorded by the Go tool without a file, a recorded value that is no version, and a
 * pending one. Subclasses give the database.
 */
abstract class InspectScenarioTest {

  static final String V0 = "20231231000000";
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
    if (db != null) {
      db.close();
    }
  }

  EngineConfig config() {
    return Configs.of(new DatabaseTarget(db.url(), null, null), new TableName(null, "dbmigrate_versions"),
        List.of(dir.resolve("migrations")), TxnMode.ALL, Duration.ofSeconds(30), false, dir.resolve("report"),
        "tester").withListener(listener);
  }

  void write(String fileName, String sql) throws IOException {
    Files.createDirectories(dir.resolve("migrations"));
    Files.writeString(dir.resolve("migrations").resolve(fileName), sql);
  }

  /**
   * V1 ran (and its file was edited since), V2 was marked, V3 is pending, V0 was recorded by the Go
   * tool (only its version) and has no file here, and 'abc' is recorded too.
   */
  void writeEveryKindOfVersion() throws IOException {
    write(V1 + "_items.up.sql", "CREATE TABLE items (id int);");
    write(V1 + "_items.down.sql", "DROP TABLE items;");
    new Migrator(config()).up();
    write(V2 + "_seed.up.sql", "INSERT INTO items VALUES (1);\n\nINSERT INTO items VALUES (2);\n");
    new HistoryMarks(config()).mark(V2);
    write(V3 + "_more.up.sql", "-- a comment\nCREATE TABLE more_items (\n  id int\n);\nINSERT INTO more_items\n"
        + "  VALUES (1);\n");
    write(V3 + "_more.down.sql", "DROP TABLE more_items;\n");
    write(V1 + "_items.up.sql", "CREATE TABLE items (id int, edited int);");
    db.execute("INSERT INTO dbmigrate_versions (version) VALUES ('" + V0 + "')");
    db.execute("INSERT INTO dbmigrate_versions (version) VALUES ('abc')");
  }

  @Test
  void historyListsEveryVersionNewestFirstWithEverythingItsRowRecords() throws IOException {
    writeEveryKindOfVersion();
    listener = new RecordingListener();

    HistoryReport report = new History(config()).list(VersionRange.ALL);

    assertThat(report.entries()).extracting(HistoryEntry::version).containsExactly(V3, V2, V1, V0, "abc");
    assertThat(report.entries()).extracting(HistoryEntry::state).containsExactly(MigrationState.PENDING,
        MigrationState.APPLIED, MigrationState.CHANGED, MigrationState.NO_FILE, MigrationState.NOT_A_VERSION);
    assertThat(report.entries()).extracting(HistoryEntry::recording)
        .containsExactly(null, Recording.MARKED, Recording.RAN, Recording.UNKNOWN, Recording.UNKNOWN);
    assertThat(report.entries()).extracting(HistoryEntry::checksum)
        .containsExactly(null, ChecksumState.MATCHES, ChecksumState.CHANGED, null, null);
    HistoryEntry ran = report.entries().get(2);
    assertThat(ran.row().executionMs()).isNotNull();
    assertThat(ran.row().appliedBy()).isEqualTo("tester");
    assertThat(ran.row().appliedAt()).isBetween(Instant.now().minusSeconds(600), Instant.now().plusSeconds(600));
    assertThat(ran.upFile()).endsWith(V1 + "_items.up.sql");
    assertThat(ran.downFile()).endsWith(V1 + "_items.down.sql");
    assertThat(report.entries().get(1).row().executionMs()).isNull();

    List<String> lines = listener.messages(Kind.STATUS_LINE);
    assertThat(lines.get(0)).startsWith("VERSION").contains("STATE", "RECORDED", "APPLIED AT", "TOOK", "BY",
        "ENVIRONMENT", "CHECKSUM", "NAME");
    assertThat(lines.get(2)).startsWith(V2).contains("applied", "marked", "tester", "ok", "seed");
    assertThat(lines.get(3)).startsWith(V1).contains("changed", "ran", "tester", "items");
    assertThat(lines.get(5)).startsWith("abc").contains("not a version");
    assertThat(listener.messages(Kind.NOTE)).anySatisfy(note -> assertThat(note).contains("'abc'", "unmark"));
    assertThat(listener.messages(Kind.SUMMARY)).last().asString()
        .isEqualTo("5 version(s): 4 recorded (1 ran, 1 marked, 2 without details), 1 pending; 1 changed since"
            + " applied, 1 with no file, 1 not a version.");

    String json = Files.readString(dir.resolve("report").resolve(History.FILE));
    JsonCheck.assertWellFormed(json);
    assertThat(json).contains("\"version\": \"" + V2 + "\", \"name\": \"seed\", \"state\": \"applied\","
        + " \"recorded\": \"marked\"", "\"executionMs\": null", "\"appliedBy\": \"tester\"",
        "\"checksum\": \"changed\"", "\"state\": \"not a version\"", "\"state\": \"pending\", \"recorded\": null");
    assertThat(json).containsPattern("\"appliedAt\": \"\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z\"");
    assertThat(json).containsPattern("\"recorded\": \"ran\", \"appliedAt\": \"[^\"]+\", \"executionMs\": \\d+");
  }

  @Test
  void aRangeListsTheVersionsBetweenItsEndsBothIncluded() throws IOException {
    writeEveryKindOfVersion();
    History history = new History(config());

    assertThat(history.list(VersionRange.of(V1, V2, MavenFrontEnd.INSTANCE)).entries())
        .extracting(HistoryEntry::version).containsExactly(V2, V1);
    assertThat(history.list(VersionRange.of(V2, null, MavenFrontEnd.INSTANCE)).entries())
        .extracting(HistoryEntry::version).containsExactly(V3, V2);
    assertThat(history.list(VersionRange.of(null, V1, MavenFrontEnd.INSTANCE)).entries())
        .extracting(HistoryEntry::version).containsExactly(V1, V0);
    assertThat(history.list(VersionRange.of("20230101000000", "20230201000000", MavenFrontEnd.INSTANCE))
        .summary()).startsWith("No version from 20230101000000 to 20230201000000");
  }

  @Test
  void historyOfADatabaseWithoutHistoryTableListsThePendingVersionsAndCreatesNothing() throws IOException {
    write(V1 + "_items.up.sql", "CREATE TABLE items (id int);");

    HistoryReport report = new History(config()).list(VersionRange.ALL);

    assertThat(report.entries()).extracting(HistoryEntry::state).containsExactly(MigrationState.PENDING);
    assertThat(db.tableExists("dbmigrate_versions")).isFalse();
    assertThat(db.tableExists("dbmigrate_versions_lock")).isFalse();
  }

  @Test
  void showOfAPendingVersionListsItsStatementsWithTheirLines() throws IOException {
    writeEveryKindOfVersion();

    VersionDetails shown = new Show(config()).show(V3, null);

    assertThat(shown.connected()).isTrue();
    assertThat(shown.state()).isEqualTo(MigrationState.PENDING);
    assertThat(shown.row()).isNull();
    // the comment before the first statement is no statement: it starts on line 2
    assertThat(shown.up().statements()).extracting(SqlStatement::line).containsExactly(2, 5);
    assertThat(shown.up().statements().get(0).sql()).contains("CREATE TABLE more_items (\n  id int\n)");
    assertThat(shown.down().statements()).extracting(SqlStatement::sql).containsExactly("DROP TABLE more_items");
    List<String> lines = listener.messages(Kind.STATUS_LINE);
    assertThat(lines).contains("Version " + V3 + " more", "  state:     pending", "  recorded:  no row",
        "  statement 1, line 2:", "    CREATE TABLE more_items (", "      id int", "  statement 2, line 5:",
        "    INSERT INTO more_items", "      VALUES (1)");
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Up script as ").endsWith(": 2 statement(s)"));

    // connected, the database's own rules split the scripts: a dialect given as well is said to be unused
    new Show(config()).show(V3, "sqlserver");
    assertThat(listener.messages(Kind.NOTE)).anySatisfy(note -> assertThat(note)
        .startsWith("dbmigrate.dialect is not used: the scripts are split as "));
  }

  @Test
  void showOfAnAppliedVersionGivesItsRowAndWhetherItsFileChanged() throws IOException {
    writeEveryKindOfVersion();

    VersionDetails changed = new Show(config()).show(V1, null);
    VersionDetails marked = new Show(config()).show(V2, null);

    assertThat(changed.state()).isEqualTo(MigrationState.CHANGED);
    assertThat(changed.recording()).isEqualTo(Recording.RAN);
    assertThat(changed.checksum()).isEqualTo(ChecksumState.CHANGED);
    assertThat(changed.row().appliedBy()).isEqualTo("tester");
    assertThat(marked.state()).isEqualTo(MigrationState.APPLIED);
    assertThat(marked.recording()).isEqualTo(Recording.MARKED);
    assertThat(marked.checksum()).isEqualTo(ChecksumState.MATCHES);
    assertThat(marked.up().statements()).extracting(SqlStatement::line).containsExactly(1, 3);
    assertThat(marked.down()).isNull();
    List<String> lines = listener.messages(Kind.STATUS_LINE);
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("  state:     changed (ran)"));
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("  recorded:  applied at ")
        .contains("by tester"));
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("  checksum:  changed (recorded sha256-lf:"));
    assertThat(lines).contains("  down:      none: dbmigrate:down cannot roll this version back");
  }

  @Test
  void showOfAVersionRecordedWithoutAFileGivesItsRow() throws IOException {
    writeEveryKindOfVersion();

    VersionDetails shown = new Show(config()).show(V0, null);

    assertThat(shown.state()).isEqualTo(MigrationState.NO_FILE);
    assertThat(shown.recording()).isEqualTo(Recording.UNKNOWN);
    assertThat(shown.up()).isNull();
    assertThat(shown.row().version()).isEqualTo(V0);
    assertThat(listener.messages(Kind.STATUS_LINE)).contains("  up:        no file in this build");
  }

  @Test
  void showOfARecordedValueThatIsNoVersionGivesItsRow() throws IOException {
    writeEveryKindOfVersion();

    VersionDetails shown = new Show(config()).show("abc", null);

    assertThat(shown.state()).isEqualTo(MigrationState.NOT_A_VERSION);
    assertThat(shown.row().stored()).isEqualTo("abc");
    assertThat(listener.messages(Kind.STATUS_LINE)).contains("  state:     not a version (unknown)");
  }

  @Test
  void showOnADatabaseWithoutHistoryTableShowsThePendingVersionAndCreatesNothing() throws IOException {
    write(V1 + "_items.up.sql", "CREATE TABLE items (id int);");

    VersionDetails shown = new Show(config()).show(V1, null);

    assertThat(shown.state()).isEqualTo(MigrationState.PENDING);
    assertThat(db.tableExists("dbmigrate_versions")).isFalse();
    assertThat(db.tableExists("dbmigrate_versions_lock")).isFalse();
  }

  @Test
  void showOfAnUnknownVersionNamesTheNearestOnes() throws IOException {
    writeEveryKindOfVersion();

    assertThatThrownBy(() -> new Show(config()).show("20240101120000", null))
        .isInstanceOf(BadSetting.class)
        .hasMessageContaining("No migration file and no recorded row has version 20240101120000.")
        .hasMessageContaining("Nearest: " + V1 + " (before), " + V2 + " (after).")
        .hasMessageContaining("mvn dbmigrate:history lists every version");
  }
}
