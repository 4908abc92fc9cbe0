package io.github.dbmigrate.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.Refused;
import io.github.dbmigrate.engine.TxnMode;
import io.github.dbmigrate.engine.db.DatabaseTarget;
import io.github.dbmigrate.engine.dialect.TableName;
import io.github.dbmigrate.engine.event.EngineEvent;
import io.github.dbmigrate.engine.event.EngineEvent.Kind;
import io.github.dbmigrate.engine.lint.Level;
import io.github.dbmigrate.engine.lint.LintSettings;
import io.github.dbmigrate.engine.testing.Configs;
import io.github.dbmigrate.engine.testing.NeedsDatabaseServer;
import io.github.dbmigrate.engine.testing.RecordingListener;
import io.github.dbmigrate.engine.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code up} and {@code redo} lint the migrations they would run before anything changes: an unsafe
 * one refuses the run with the database as it was (not even a history table), tables created earlier
 * in the same run count as new, applied files only teach the schema.
 */
@NeedsDatabaseServer
class PostgresPendingLintTest {

  static final String V1 = "20240101000000";
  static final String V2 = "20240102000000";

  @TempDir Path dir;
  TestDatabase db;
  RecordingListener listener = new RecordingListener();

  @BeforeEach
  void createDb() {
    db = TestDatabase.postgres();
  }

  @AfterEach
  void dropDb() {
    db.close();
  }

  private void write(String name, String sql) throws Exception {
    Files.writeString(dir.resolve(name), sql);
  }

  private EngineConfig config(LintSettings lint) {
    EngineConfig config = Configs.of(new DatabaseTarget(db.url(), null, null), new TableName(null, "dbmigrate_versions"),
        List.of(dir), TxnMode.PER_FILE, Duration.ofSeconds(30), false, dir.resolve("report"), "tester");
    return config.withOptions(config.options().withLint(lint));
  }

  private Migrator migrator(LintSettings lint) {
    return new Migrator(config(lint), listener);
  }

  private List<String> versions() {
    return db.column("SELECT version FROM dbmigrate_versions ORDER BY version");
  }

  @Test
  void anUnsafePendingMigrationRefusesTheRunAndLeavesTheDatabaseAsItWas() throws Exception {
    write(V1 + "_retire-legacy.up.sql", "CREATE TABLE audit (id int);\n\nDROP TABLE legacy;\n");
    db.execute("CREATE TABLE legacy (id int)");

    assertThatThrownBy(() -> migrator(LintSettings.defaults()).up())
        .isInstanceOf(Refused.class)
        .hasMessageStartingWith("dbmigrate:up refuses 1 unsafe change(s) in the migrations it would run; nothing"
            + " was run:\n  - ")
        .hasMessageContaining(V1 + "_retire-legacy.up.sql:3: drop-table: DROP TABLE legacy")
        .hasMessageContaining("-- dbmigrate:allow <rule-id>");

    assertThat(db.tableExists("dbmigrate_versions")).as("history table").isFalse();
    assertThat(db.tableExists("audit")).isFalse();
    assertThat(db.tableExists("legacy")).isTrue();
    assertThat(Files.readString(dir.resolve("report/report.json")))
        .contains("\"rule\": \"drop-table\"", "\"line\": 3", "\"kind\": \"refused\"");
  }

  @Test
  void aDryRunIsRefusedToo() throws Exception {
    write(V1 + "_retire-legacy.up.sql", "DROP TABLE legacy;\n");
    db.execute("CREATE TABLE legacy (id int)");
    EngineConfig dry = config(LintSettings.defaults());

    assertThatThrownBy(() -> new Migrator(dry.withOptions(dry.options().withDryRun(true)), listener).up())
        .isInstanceOf(Refused.class)
        .hasMessageContaining("nothing was run (dry run):");
    assertThat(db.tableExists("legacy")).isTrue();
  }

  @Test
  void tablesOfEarlierMigrationsOfTheSameRunAreNewAndAppliedOnesAreNot() throws Exception {
    write(V1 + "_users.up.sql", "CREATE TABLE users (id int, email text, nick text);\n");
    write(V2 + "_drop-nick.up.sql", "ALTER TABLE users DROP COLUMN nick;\n");

    migrator(LintSettings.defaults()).up(); // both pending: users is new in this run
    assertThat(versions()).containsExactly(V1, V2);

    write("20240103000000_drop-email.up.sql", "ALTER TABLE users DROP COLUMN email;\n");
    assertThatThrownBy(() -> migrator(LintSettings.defaults()).up())
        .isInstanceOf(Refused.class)
        .hasMessageContaining("20240103000000_drop-email.up.sql:1: drop-column: ");
    assertThat(versions()).containsExactly(V1, V2);
    assertThat(db.column("SELECT column_name FROM information_schema.columns WHERE table_name = 'users'"
        + " ORDER BY column_name")).containsExactly("email", "id");
  }

  @Test
  void warnRunsTheMigrationSayingWhatIsUnsafeAndOffSaysNothing() throws Exception {
    write(V1 + "_users.up.sql", "CREATE TABLE users (id int, email text);\n");
    migrator(LintSettings.defaults()).up();
    write(V2 + "_drop-email.up.sql", "ALTER TABLE users DROP COLUMN email;\n");

    migrator(new LintSettings(Level.WARN, Map.of(), Optional.empty())).up();

    assertThat(versions()).containsExactly(V1, V2);
    assertThat(listener.events().stream().filter(e -> e.kind() == Kind.LINT)).singleElement().satisfies(e -> {
      assertThat(e.level()).isEqualTo(EngineEvent.Level.WARN);
      assertThat(e.logged()).isTrue();
      assertThat(e.message()).contains(V2 + "_drop-email.up.sql:1: drop-column: ");
    });
  }

  @Test
  void redoLintsTheMigrationsItWouldRunAgain() throws Exception {
    write(V1 + "_users.up.sql", "CREATE TABLE users (id int, email text);\n");
    write(V2 + "_drop-email.up.sql", "ALTER TABLE users DROP COLUMN email;\n");
    write(V2 + "_drop-email.down.sql", "ALTER TABLE users ADD COLUMN email text;\n");
    migrator(LintSettings.defaults().turnedOff()).up();
    migrator(LintSettings.defaults()).up(); // nothing pending: nothing to lint

    assertThatThrownBy(() -> new Redo(config(LintSettings.defaults()), listener).run(1))
        .isInstanceOf(Refused.class)
        .hasMessageStartingWith("dbmigrate:redo refuses 1 unsafe change(s)")
        .hasMessageContaining(V2 + "_drop-email.up.sql:1: drop-column: ");
    assertThat(versions()).containsExactly(V1, V2);
    assertThat(db.column("SELECT column_name FROM information_schema.columns WHERE table_name = 'users'"))
        .containsExactly("id");

    new Redo(config(LintSettings.defaults().turnedOff()), listener).run(1);
    assertThat(versions()).containsExactly(V1, V2);
  }

  @Test
  void redoOnAProtectedEnvironmentIsRefusedForThatBeforeTheLintSpeaks() throws Exception {
    write(V1 + "_users.up.sql", "CREATE TABLE users (id int, email text);\n");
    write(V2 + "_drop-email.up.sql", "ALTER TABLE users DROP COLUMN email;\n");
    write(V2 + "_drop-email.down.sql", "ALTER TABLE users ADD COLUMN email text;\n");
    migrator(LintSettings.defaults().turnedOff()).up();
    db.execute("UPDATE dbmigrate_versions SET environment = 'production'");

    // the lint's advice (allow it, or warn) would not make redo run here: the guard speaks first
    assertThatThrownBy(() -> new Redo(config(LintSettings.defaults()), listener).run(1))
        .isInstanceOf(Refused.class)
        .hasMessageStartingWith("dbmigrate:redo refuses to run: the history table records environment 'production'");
    assertThat(listener.events()).noneMatch(e -> e.kind() == Kind.LINT);
  }
}
