package io.github.dbmigrate.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.TxnMode;
import io.github.dbmigrate.engine.db.DatabaseTarget;
import io.github.dbmigrate.engine.dialect.TableName;
import io.github.dbmigrate.engine.event.EngineEvent;
import io.github.dbmigrate.engine.report.ReportFiles;
import io.github.dbmigrate.engine.session.Variables;
import io.github.dbmigrate.engine.testing.Configs;
import io.github.dbmigrate.engine.testing.RecordingListener;
import io.github.dbmigrate.engine.testing.TestDatabase;
import io.github.dbmigrate.maven.MavenFrontEnd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a script sees of the run's variables ({@code dbmigrate.variables}), on every database: each
 * subclass gives how its scripts read a variable and how a script moves or resets its session.
 */
abstract class VariablesScenarioTest {

  static final String V1 = "20240101000000";
  static final String V2 = "20240102000000";
  static final String V3 = "20240103000000";
  /** Quotes, a semicolon, a comment, a newline and a backslash: what pasting into SQL would break on. */
  static final String HOSTILE = "it's \"quoted\"; DROP TABLE seen; --\nsecond line \\ end";

  @TempDir Path dir;
  @TempDir Path reports;
  TestDatabase db;
  RecordingListener listener = new RecordingListener();

  abstract TestDatabase createDatabase();

  /** How a script reads the variable {@code name}, as the README says. */
  abstract String read(String name);

  /** Statements that move the session elsewhere (another schema or database) for the rest of the file. */
  abstract String moveSession();

  /** A statement by which a script changes the variable {@code dev_data} itself. */
  abstract String overwriteDevData();

  boolean databaseHasLock() {
    return true;
  }

  /** What a SELECT without a table needs here ({@code FROM dual} on Oracle). */
  String fromNothing() {
    return "";
  }

  @BeforeEach
  void createDb() {
    db = createDatabase();
    db.execute("CREATE TABLE seen (label varchar(40), val varchar(200))");
  }

  @AfterEach
  void dropDb() {
    if (db != null) {
      db.close();
    }
  }

  EngineConfig config(TxnMode mode, Map<String, String> variables) {
    EngineConfig config = Configs.of(new DatabaseTarget(db.url(), null, null), new TableName(null, "dbmigrate_versions"),
        List.of(dir), mode, Duration.ofSeconds(30), !databaseHasLock(), reports, "tester");
    return config.withTarget(config.target().withVariables(Variables.of(variables, MavenFrontEnd.INSTANCE)));
  }

  void write(String fileName, String sql) throws IOException {
    Files.writeString(dir.resolve(fileName), sql);
  }

  /** A statement storing what a script reads of {@code name}, under {@code label}. */
  String store(String label, String name) {
    return "INSERT INTO seen (label, val) SELECT '" + label + "', " + read(name) + fromNothing() + ";\n";
  }

  /** The values stored under {@code label}, exactly (no trimming), NULL as null. */
  List<String> seen(String label) throws SQLException {
    try (Connection c = db.connect();
        PreparedStatement st = c.prepareStatement("SELECT val FROM seen WHERE label = ?")) {
      st.setString(1, label);
      try (ResultSet rs = st.executeQuery()) {
        List<String> values = new ArrayList<>();
        while (rs.next()) {
          values.add(rs.getString(1));
        }
        return values;
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TxnMode.class)
  void everyScriptReadsTheRunsValuesExactlyAcrossFilesAndAfterTheSessionMoved(TxnMode mode) throws Exception {
    write(V1 + "_first.up.sql", store("v1", "dev_data") + store("v1_hostile", "note") + store("v1_unset", "not_given"));
    write(V2 + "_moves.up.sql", store("v2", "dev_data") + moveSession() + overwriteDevData());
    write(V3 + "_after.up.sql", store("v3", "dev_data") + store("v3_hostile", "note"));
    Map<String, String> variables = new LinkedHashMap<>();
    variables.put("dev_data", "true");
    variables.put("note", HOSTILE);

    new Migrator(config(mode, variables), listener).up();

    assertThat(seen("v1")).containsExactly("true");
    assertThat(seen("v1_hostile")).containsExactly(HOSTILE);
    assertThat(seen("v1_unset")).as("a variable not given reads as NULL").containsExactly((String) null);
    assertThat(seen("v2")).containsExactly("true");
    // the previous file moved its session and changed dev_data itself: this one starts afresh
    assertThat(seen("v3")).containsExactly("true");
    assertThat(seen("v3_hostile")).containsExactly(HOSTILE);
    assertThat(listener.messages(EngineEvent.Kind.NOTE)).anySatisfy(line -> assertThat(line)
        .startsWith("Variables set for each script: dev_data=true, note=" + HOSTILE)
        .endsWith("(a script reads dev_data as " + read("dev_data") + ")."));
  }

  @Test
  void theSeedDataOfTheReadmeGoesInOnlyWhereDevDataIsTrue() throws Exception {
    write(V1 + "_seed.up.sql", "INSERT INTO seen (label, val) SELECT 'seed', 'alice'" + fromNothing() + " WHERE "
        + read("dev_data") + " = 'true';\n");
    write(V1 + "_seed.down.sql", "DELETE FROM seen WHERE label = 'seed';\n");

    new Migrator(config(null, Map.of()), listener).up();
    assertThat(seen("seed")).as("without the variable").isEmpty();
    new Migrator(config(null, Map.of()), listener).down(1, null);

    new Migrator(config(null, Map.of("dev_data", "false")), listener).up();
    assertThat(seen("seed")).isEmpty();
    new Migrator(config(null, Map.of()), listener).down(1, null);

    new Migrator(config(null, Map.of("dev_data", "true")), listener).up();
    assertThat(seen("seed")).containsExactly("alice");
  }

  @Test
  void downAndRedoScriptsReadThemToo() throws Exception {
    write(V1 + "_t.up.sql", store("up", "dev_data"));
    write(V1 + "_t.down.sql", store("down", "dev_data"));

    new Migrator(config(null, Map.of("dev_data", "one")), listener).up();
    new Redo(config(null, Map.of("dev_data", "two")), listener).run(1);
    new Migrator(config(null, Map.of("dev_data", "three")), listener).down(1, null);

    assertThat(seen("up")).containsExactlyInAnyOrder("one", "two");
    assertThat(seen("down")).containsExactlyInAnyOrder("two", "three");
  }

  @Test
  void aSecretValueIsMaskedInTheLogTheReportAndTheDryRun() throws Exception {
    String secret = "tok-5e3cr3t-value";
    write(V1 + "_t.up.sql", store("v1", "api_token"));
    Map<String, String> variables = new LinkedHashMap<>();
    variables.put("dev_data", "true");
    variables.put("api_token", secret);
    EngineConfig config = config(null, variables);

    new Migrator(config.withOptions(config.options().withDryRun(true)), listener).up();

    String dryRun = Files.readString(reports.resolve(DryRun.FILE));
    assertThat(dryRun).contains("dev_data").contains("'true'").contains("****").doesNotContain(secret);
    assertThat(seen("v1")).as("a dry run changes nothing").isEmpty();

    new Migrator(config, listener).up();

    assertThat(seen("v1")).containsExactly(secret);
    String report = Files.readString(reports.resolve(ReportFiles.JSON));
    assertThat(report).contains("\"variables\": {\"dev_data\": \"true\", \"api_token\": \"****\"}")
        .doesNotContain(secret);
    assertThat(listener.all()).allSatisfy(event -> assertThat(event.message()).doesNotContain(secret));
    assertThat(listener.messages(EngineEvent.Kind.NOTE))
        .anySatisfy(line -> assertThat(line).contains("dev_data=true, api_token=****"));
  }
}
