package io.github.dbmigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.testing.NeedsDatabaseServer;
import io.github.dbmigrate.engine.testing.Slow;
import io.github.dbmigrate.engine.testing.TestDatabase;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input, one row each: a clear error naming the file or parameter, a failed build, and a database
 * left exactly as it was. A few rows are inputs that look odd but must work. Rows that fail before
 * any connection (file names, settings, URLs) run on H2 in every build; rows that reach the database
 * run on PostgreSQL.
 */
class BadInputTest {

  static final String V1 = "20240101000000";
  static final String V2 = "20240102000000";

  @TempDir Path dir;
  TestDatabase db;
  final CapturingLog log = new CapturingLog();

  /** What every row starts from: a table of the user's and one applied migration, in {@code database}. */
  void baseline(TestDatabase database, String... snapshotPatterns) throws Exception {
    db = database;
    db.execute("CREATE TABLE victim (id int)");
    db.execute("INSERT INTO victim VALUES (42)");
    write(V1 + "_base.up.sql", "CREATE TABLE base (id int);\nINSERT INTO base VALUES (1);\n");
    write(V1 + "_base.down.sql", "DROP TABLE base;\n");
    Goals.configure(new UpMojo(), db.url(), dir, new CapturingLog(), m -> {}).execute();
    String snapshot = DatabaseSnapshot.of(db.url());
    for (String pattern : snapshotPatterns) {
      assertThat(snapshot).as("the snapshot sees columns and indexes").containsPattern(pattern);
    }
  }

  void onPostgres() throws Exception {
    baseline(TestDatabase.postgres(), "column version varchar NO", "index dbmigrate_versions_pkey version");
  }

  void onH2() throws Exception {
    baseline(TestDatabase.h2(), "column VERSION CHARACTER VARYING NO", "index PRIMARY_KEY_\\w+ VERSION");
  }

  @AfterEach
  void drop() {
    if (db != null) { // null in tests that need no baseline
      db.close();
    }
  }

  void write(String name, String sql) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, sql);
  }

  /** What a row does to the project before running its goal. */
  interface Setup {
    void apply(BadInputTest t) throws Exception;
  }

  /** The goal a row runs, configured by the row. */
  interface Goal {
    AbstractDbMigrateMojo build(BadInputTest t) throws Exception;
  }

  record Row(String name, Setup setup, Goal goal, List<String> expected, boolean mustWork) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Row bad(String name, Setup setup, Goal goal, String... expected) {
    return new Row(name, setup, goal, List.of(expected), false);
  }

  static Row works(String name, Setup setup, Goal goal) {
    return new Row(name, setup, goal, List.of(), true);
  }

  static Goal up() {
    return t -> Goals.configure(new UpMojo(), t.db.url(), t.dir, t.log, m -> {});
  }

  static Goal up(java.util.function.Consumer<UpMojo> customise) {
    return t -> Goals.configure(new UpMojo(), t.db.url(), t.dir, t.log, customise);
  }

  static Goal down(java.util.function.Consumer<DownMojo> customise) {
    return t -> Goals.configure(new DownMojo(), t.db.url(), t.dir, t.log, customise);
  }

  static Goal create(String message) {
    return t -> Goals.configure(new CreateMojo(), null, t.dir, t.log, m -> m.message = message);
  }

  static Setup file(String name, String sql) {
    return t -> t.write(name, sql);
  }

  static Setup bytes(String name, byte[] content) {
    return t -> Files.write(t.dir.resolve(name), content);
  }

  static final Setup NOTHING = t -> {};

  static Stream<Row> rows() {
    List<Row> rows = new ArrayList<>();
    rows.add(bad("version with 13 digits", file("2024010200000_x.up.sql", "SELECT 1;"), up(),
        "2024010200000_x.up.sql", "exactly 14 digits"));
    rows.add(bad("version with 15 digits", file("202401020000000_x.up.sql", "SELECT 1;"), up(),
        "202401020000000_x.up.sql", "exactly 14 digits"));
    rows.add(bad("no underscore after the version", file(V2 + "x.up.sql", "SELECT 1;"), up(),
        V2 + "x.up.sql", "followed by '_'"));
    rows.add(bad("empty name", file(V2 + "_.up.sql", "SELECT 1;"), up(), V2 + "_.up.sql", "empty"));
    rows.add(bad("duplicate version", t -> {
      t.write(V2 + "_a.up.sql", "SELECT 1;");
      t.write("sub/" + V2 + "_b.up.sql", "SELECT 1;");
    }, up(), "version " + V2 + " is already used by"));
    rows.add(bad("orphan down file", file(V2 + "_x.down.sql", "SELECT 1;"), up(),
        V2 + "_x.down.sql", "a down script with no up script"));
    rows.add(bad("a .sql that is neither up nor down", file("seed.sql", "SELECT 1;"), up(),
        "seed.sql", "neither .up.sql nor .down.sql"));
    rows.add(bad("up and down named differently", t -> {
      t.write(V2 + "_a.up.sql", "SELECT 1;");
      t.write(V2 + "_b.down.sql", "SELECT 1;");
    }, up(), V2 + "_b.down.sql", "differs from the up script"));
    rows.add(bad("non-UTF-8 bytes", bytes(V2 + "_latin1.up.sql",
        "INSERT INTO base VALUES (2); -- caf\u00e9".getBytes(StandardCharsets.ISO_8859_1)), up(),
        V2 + "_latin1.up.sql", "is not valid UTF-8"));
    rows.add(works("UTF-8 BOM and CRLF line endings", bytes(V2 + "_crlf.up.sql",
        "\uFEFFINSERT INTO base VALUES (2);\r\nINSERT INTO base VALUES (3);\r\n".getBytes(StandardCharsets.UTF_8)),
        up()));
    rows.add(works("empty file", file(V2 + "_empty.up.sql", ""), up()));
    rows.add(works("whitespace-only file", file(V2 + "_blank.up.sql", " \n\t\n  "), up()));
    rows.add(works("comment-only file", file(V2 + "_note.up.sql", "-- nothing to do yet\n"), up()));
    rows.add(bad("syntax error in the middle of a file", file(V2 + "_typo.up.sql",
        "INSERT INTO base VALUES (2);\nINSERT INTO base VALUES (3);\nINSRT INTO base VALUES (4);\n"
            + "INSERT INTO base VALUES (5);\n"), up(), V2 + "_typo.up.sql line 3", "42601",
        "Nothing was applied"));
    rows.add(bad("unterminated string", file(V2 + "_quote.up.sql",
        "INSERT INTO base VALUES (2);\nINSERT INTO victim VALUES ('oops);\n"), up(),
        V2 + "_quote.up.sql line 2"));
    rows.add(bad("missing directory", NOTHING, up(m -> m.dir = Path.of(m.dir).resolve("nope").toString()),
        "nope", "does not exist"));
    rows.add(bad("directory is a file", file("plain.txt", "x"),
        up(m -> m.dir = Path.of(m.dir).resolve("plain.txt").toString()), "plain.txt", "is a file, not a directory"));
    rows.add(bad("unreadable file (dangling link)", t -> Files.createSymbolicLink(
        t.dir.resolve(V2 + "_gone.up.sql"), t.dir.resolve("missing-target.sql")), up(),
        V2 + "_gone.up.sql", "does not exist"));
    rows.add(bad("a directory named like a migration", t -> Files.createDirectories(
        t.dir.resolve(V2 + "_dir.up.sql")), up(), V2 + "_dir.up.sql", "a directory, not a file"));
    rows.add(works("table name with quotes, spaces and ;", file("odd/" + V2 + "_x.up.sql", "SELECT 1;"),
        up(m -> {
          m.table = "my \"versions\"; DROP TABLE victim; --";
          m.dir = Path.of(m.dir).resolve("odd").toString();
        })));
    rows.add(bad("schema that does not exist, with ; in its name", NOTHING,
        up(m -> m.schema = "no such; DROP TABLE victim"), "no such; DROP TABLE victim"));
    rows.add(bad("create into a classpath: location", NOTHING, t -> Goals.configure(new CreateMojo(), null,
        t.dir, t.log, m -> {
          m.message = "add users";
          m.dir = "classpath:db/migrations";
        }), "dbmigrate:create cannot write into classpath:db/migrations",
        "src/main/resources/db/migrations of the module that owns it"));
    rows.add(bad("a classpath: location on no classpath", NOTHING,
        up(m -> m.dir = "classpath:db/migrations"), "classpath:db/migrations is found nowhere on the runtime"
        + " classpath"));
    rows.add(bad("create: message with ../", NOTHING, create("../escape"), "looks like a path"));
    rows.add(bad("create: message with /", NOTHING, create("a/b"), "looks like a path"));
    rows.add(bad("create: empty message", NOTHING, create(" "), "-Dmessage="));
    rows.add(bad("create: message without letters or digits", NOTHING, create("?!"), "no letters or digits"));
    rows.add(bad("wrong password", NOTHING, t -> {
      Path h2 = t.dir.getParent().resolve(t.dir.getFileName() + "-secure");
      DriverManager.getConnection("jdbc:h2:file:" + h2, "app", "right-pw").close();
      return Goals.configure(new UpMojo(), "jdbc:h2:file:" + h2 + ";IFEXISTS=TRUE", t.dir, t.log, m -> {
        m.user = "app";
        m.password = "wrong-pw";
      });
    }, "refused the credentials", "dbmigrate.password"));
    rows.add(bad("unreachable host fails fast", NOTHING, t -> Goals.configure(new UpMojo(),
        "jdbc:postgresql://127.0.0.1:1/db", t.dir, t.log, m -> {}), "Cannot reach the database",
        "127.0.0.1:1"));
    rows.add(bad("unknown JDBC URL scheme", NOTHING, t -> Goals.configure(new UpMojo(),
        "jdbc:nosuchdb://h/db", t.dir, t.log, m -> {}), "No supported database", "jdbc:nosuchdb"));
    rows.add(bad("URL that is not JDBC", NOTHING, t -> Goals.configure(new UpMojo(),
        "mongodb://u:p@h/db", t.dir, t.log, m -> {}), "give a JDBC URL"));
    rows.add(bad("no URL at all", NOTHING, t -> Goals.configure(new UpMojo(), null, t.dir, t.log, m -> {}),
        "dbmigrate.url", "DATABASE_URL"));
    rows.add(bad("up to a version no file has", NOTHING, up(m -> m.to = "20000101000000"),
        "dbmigrate.to=20000101000000 is not the version of a migration file", "the nearest is " + V1));
    rows.add(bad("down to an unknown version", NOTHING, down(m -> m.to = "20000101000000"),
        "dbmigrate.to=20000101000000", "neither an applied version nor a migration file"));
    rows.add(bad("negative steps", NOTHING, down(m -> m.steps = -1), "dbmigrate.steps", "at least 1"));
    rows.add(bad("steps and to together", NOTHING, down(m -> {
      m.steps = 1;
      m.to = V1;
    }), "dbmigrate.steps=1 and dbmigrate.to=" + V1 + " were both given"));
    rows.add(bad("unknown txnMode", NOTHING, up(m -> m.txnMode = "sometimes"),
        "dbmigrate.txnMode", "sometimes"));
    rows.add(bad("unreadable lockTimeout", NOTHING, up(m -> m.lockTimeout = "forever"),
        "dbmigrate.lockTimeout", "forever"));
    rows.add(bad("serverId together with user", NOTHING, up(m -> {
      m.serverId = "db";
      m.user = "me";
    }), "dbmigrate.serverId", "dbmigrate.user"));
    rows.add(bad("serverId missing from settings.xml", NOTHING, up(m -> m.serverId = "nowhere"),
        "no <server> with id 'nowhere'"));
    rows.add(bad("a .no-db-txn file in mode all", file(V2 + "_idx.no-db-txn.up.sql",
        "CREATE INDEX base_id ON base (id);"), up(), V2 + "_idx.no-db-txn.up.sql", "per-file"));
    rows.add(bad("a script's own ROLLBACK", file(V2 + "_rollback.up.sql",
        "INSERT INTO base VALUES (2);\nROLLBACK;\n"), up(), V2 + "_rollback.up.sql line 2: `ROLLBACK`",
        "nothing was run", ".no-db-txn."));
    rows.add(bad("down of a version without down file", t -> {
      t.write(V2 + "_nodown.up.sql", "SELECT 1;");
      Goals.configure(new UpMojo(), t.db.url(), t.dir, new CapturingLog(), m -> {}).execute();
    }, down(m -> {}), V2 + "_nodown.up.sql", "has no .down.sql file"));
    return rows.stream();
  }

  /** The rows that connect before they fail, or must work: every other row fails before connecting. */
  static final Set<String> REACHING_THE_DATABASE = Set.of("non-UTF-8 bytes", "UTF-8 BOM and CRLF line endings",
      "empty file", "whitespace-only file", "comment-only file", "syntax error in the middle of a file",
      "unterminated string", "table name with quotes, spaces and ;", "schema that does not exist, with ; in its name",
      "up to a version no file has", "down to an unknown version", "a .no-db-txn file in mode all",
      "a script's own ROLLBACK", "down of a version without down file");

  static Stream<Row> rowsFailingBeforeConnecting() {
    return rows().filter(row -> !REACHING_THE_DATABASE.contains(row.name()));
  }

  static Stream<Row> rowsReachingTheDatabase() {
    List<Row> reaching = rows().filter(row -> REACHING_THE_DATABASE.contains(row.name())).toList();
    if (reaching.size() != REACHING_THE_DATABASE.size()) {
      throw new IllegalStateException("a row named in REACHING_THE_DATABASE is gone or renamed");
    }
    return reaching.stream();
  }

  /** File names, settings and URLs are refused before any connection: H2 stands for the database. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("rowsFailingBeforeConnecting")
  void eachBadFileOrSettingFailsClearlyAndChangesNothing(Row row) throws Exception {
    onH2();
    check(row);
  }

  @NeedsDatabaseServer
  @ParameterizedTest(name = "{0}")
  @MethodSource("rowsReachingTheDatabase")
  void eachBadInputOnTheDatabaseFailsClearlyAndChangesNothing(Row row) throws Exception {
    onPostgres();
    check(row);
  }

  void check(Row row) throws Exception {
    row.setup().apply(this);
    String before = DatabaseSnapshot.of(db.url());
    AbstractDbMigrateMojo goal = row.goal().build(this);
    long start = System.nanoTime();

    if (row.mustWork()) {
      goal.execute();
      assertThat(log.text()).doesNotContain("[ERROR]");
      assertThat(DatabaseSnapshot.of(db.url())).isNotEqualTo(before).contains(V2).contains("victim");
      return;
    }
    Supplier<String> after = () -> DatabaseSnapshot.of(db.url());
    assertThatThrownBy(goal::execute)
        .isInstanceOf(MojoFailureException.class)
        .satisfies(e -> assertThat(e.getMessage()).contains(row.expected()))
        .satisfies(e -> assertThat(e.getCause()).isNull())
        .satisfies(e -> assertThat(e.getMessage() + log.text()).as("no password in any output")
            .doesNotContain("right-pw", "wrong-pw", ":p@"));
    assertThat(after.get()).isEqualTo(before);
    // Fails fast: it waits for no lock and no server; the bound only catches a hang, however loaded the machine.
    assertThat(log.text()).as("fails fast").doesNotContain("Waiting for");
    assertThat((System.nanoTime() - start) / 1_000_000).as("does not hang").isLessThan(120_000);
  }

  @Slow
  @org.junit.jupiter.api.Test
  void aFiftyMegabyteScriptWorks() throws Exception {
    Path big = dir.resolve("big");
    Files.createDirectories(big);
    String filler = "x".repeat(1000);
    try (Writer out = Files.newBufferedWriter(big.resolve(V2 + "_big.up.sql"))) {
      out.write("CREATE TABLE big (id int PRIMARY KEY, filler varchar(1000));\n");
      for (int i = 0; i < 50_000; i++) {
        out.write("INSERT INTO big VALUES (" + i + ", '" + filler + "');\n");
      }
    }
    assertThat(Files.size(big.resolve(V2 + "_big.up.sql"))).isGreaterThan(50_000_000L);
    try (TestDatabase h2 = TestDatabase.h2()) {
      Goals.configure(new UpMojo(), h2.url(), big, log, m -> {}).execute();

      assertThat(h2.column("SELECT count(*) FROM big")).containsExactly("50000");
      assertThat(h2.column("SELECT version FROM dbmigrate_versions")).containsExactly(V2);
    }
  }
}
