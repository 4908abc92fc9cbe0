package io.github.dbmigrate.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.ReportOrigin;
import io.github.dbmigrate.engine.StatementFailed;
import io.github.dbmigrate.engine.TxnMode;
import io.github.dbmigrate.engine.db.DatabaseTarget;
import io.github.dbmigrate.engine.dialect.TableName;
import io.github.dbmigrate.engine.testing.Configs;
import io.github.dbmigrate.engine.testing.JsonCheck;
import io.github.dbmigrate.engine.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports of every goal of a build survive it: README's pattern runs {@code up} before the
 * integration tests and {@code verify} after them, and the record of what {@code up} applied must still
 * be there at the end, with the summary listing both.
 */
class H2ReportsThatLastTest {

  private static final ReportOrigin PLUGIN = new ReportOrigin("dbmigrate-maven-plugin", "9.8.7", "build-1",
      "default-cli");

  @TempDir Path dir;
  private Path migrations;
  private Path reports;
  private TestDatabase db;

  @BeforeEach
  void setUp() throws Exception {
    db = TestDatabase.h2();
    migrations = Files.createDirectories(dir.resolve("migrations"));
    reports = dir.resolve("reports");
    Files.writeString(migrations.resolve("20240101000000_users.up.sql"), "CREATE TABLE users (id int);\n");
    Files.writeString(migrations.resolve("20240101000000_users.down.sql"), "DROP TABLE users;\n");
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  private EngineConfig config(ReportOrigin origin) {
    EngineConfig config = Configs.of(new DatabaseTarget(db.url(), null, null),
        new TableName(null, "dbmigrate_versions"), List.of(migrations), TxnMode.PER_FILE, Duration.ofSeconds(5),
        false, reports, "tester");
    return config.withOutputs(config.outputs().withOrigin(origin));
  }

  private String read(String file) throws Exception {
    return Files.readString(reports.resolve(file));
  }

  @Test
  void upThenVerifyKeepBothReportsAndTheSummaryListsBothInTheOrderTheyRan() throws Exception {
    new Migrator(config(PLUGIN)).up();
    new Verifier(config(PLUGIN)).verify(Verifier.Tolerance.NONE);

    assertThat(read("up/report.json")).contains("\"goal\": \"up\"", "\"outcome\": \"success\"",
        "\"version\": \"20240101000000\"");
    assertThat(read("up/report.md")).contains("### dbmigrate up: success", "20240101000000");
    assertThat(read("verify/report.json")).contains("\"goal\": \"verify\"");
    assertThat(read("verify/report.md")).contains("### dbmigrate verify");
    // the latest run's report stays where it always was
    assertThat(read("report.json")).isEqualTo(read("verify/report.json"));

    String summary = read("summary.json");
    JsonCheck.assertWellFormed(summary);
    assertThat(summary).contains("\"format\": 1", "\"toolVersion\": \"9.8.7\"", "\"build\": \"build-1\"");
    assertThat(summary.indexOf("\"report\": \"up/report.json\"")).isPositive()
        .isLessThan(summary.indexOf("\"report\": \"verify/report.json\""));
    assertThat(read("summary.md")).contains("| 1 | up | success |", "[up/report.md](up/report.md)",
        "| 2 | verify | success |", "[verify/report.md](verify/report.md)");
  }

  @Test
  void everyReportSaysItsFormatWhichToolAndVersionWroteItAndTheDatabaseServersVersion() throws Exception {
    new Migrator(config(PLUGIN)).up();
    new Migrator(config(PLUGIN)).status();

    for (String report : List.of("up/report.json", "status/report.json")) {
      String json = read(report);
      JsonCheck.assertWellFormed(json);
      assertThat(json).startsWith("{\n  \"format\": 1,\n").contains("\"tool\": \"dbmigrate-maven-plugin\"",
          "\"toolVersion\": \"9.8.7\"", "\"build\": \"build-1\"", "\"execution\": \"default-cli\"",
          "\"databaseProduct\": \"H2\"", "\"databaseVersion\": \"2.");
    }
    assertThat(read("up/report.md")).containsPattern("\\| database \\| `jdbc:h2:mem:[^`]+` \\(H2 2\\.");
  }

  @Test
  void theSameGoalTwiceInOneBuildKeepsBothRuns() throws Exception {
    new Migrator(config(PLUGIN)).up();
    Files.writeString(migrations.resolve("20240102000000_orders.up.sql"), "CREATE TABLE orders (id int);\n");
    new Migrator(config(PLUGIN)).up();

    assertThat(read("up/report.json")).contains("20240101000000").doesNotContain("20240102000000");
    assertThat(read("up-2/report.json")).contains("20240102000000").doesNotContain("20240101000000");
    assertThat(read("summary.json")).contains("\"report\": \"up/report.json\"", "\"report\": \"up-2/report.json\"");
  }

  @Test
  void executionsWithIdsOfTheirOwnKeepFoldersNamedAfterThem() throws Exception {
    new Migrator(config(PLUGIN.withExecution("migrate-schema"))).up();
    new Migrator(config(PLUGIN.withExecution("migrate-seed"))).status();

    assertThat(read("up-migrate-schema/report.json")).contains("\"execution\": \"migrate-schema\"");
    assertThat(read("up-migrate-schema/report.md")).contains("### dbmigrate up (execution migrate-schema): success");
    assertThat(read("status-migrate-seed/report.json")).contains("\"goal\": \"status\"");
  }

  @Test
  void aNewBuildStartsTheSummaryAfresh() throws Exception {
    new Migrator(config(PLUGIN)).up();
    new Migrator(config(new ReportOrigin("dbmigrate-maven-plugin", "9.8.7", "build-2", "default-cli"))).up();

    String summary = read("summary.json");
    assertThat(summary).contains("\"build\": \"build-2\"", "\"report\": \"up/report.json\"")
        .doesNotContain("up-2/");
    assertThat(read("up/report.json")).contains("\"build\": \"build-2\"");
  }

  @Test
  void aFailedStatementGivesFileLineSqlStateAndMessageFieldsOfTheirOwn() throws Exception {
    Files.writeString(migrations.resolve("20240102000000_broken.up.sql"),
        "CREATE TABLE ok (id int);\nINSERT INTO no_such_table VALUES (1);\n");

    assertThatThrownBy(() -> new Migrator(config(PLUGIN)).up()).isInstanceOf(StatementFailed.class);

    String json = read("up/report.json");
    JsonCheck.assertWellFormed(json);
    assertThat(json).contains("\"outcome\": \"failure\"", "\"kind\": \"statementFailed\"",
        "\"file\": \"" + migrations.resolve("20240102000000_broken.up.sql"), "\"line\": 2,",
        "\"sqlState\": \"42S02\"");
    assertThat(json).containsPattern("\"failure\": \\{\"kind\": [^,]+, \"message\": \"[^\"]*line 2");
    assertThat(read("summary.json")).contains("\"outcome\": \"failure\"");
    assertThat(read("summary.md")).contains("| 1 | up | **failed** |");
  }

  @Test
  void aFailureWithoutFileOrSqlStateStillHasTheirFieldsAsNull() throws Exception {
    Files.writeString(migrations.resolve("not-a-migration.up.sql"), "SELECT 1;\n");

    assertThatThrownBy(() -> new Migrator(config(PLUGIN)).up()).isInstanceOf(RuntimeException.class);

    assertThat(read("up/report.json")).containsPattern(
        "\"failure\": \\{\"kind\": \"[a-zA-Z]+\", \"message\": \"[^\"]+\", \"file\": [^,]+, \"line\": null,"
            + " \"sqlState\": null");
  }

  @Test
  void theJobSummaryGetsEveryGoalsSectionAppended() throws Exception {
    Path stepSummary = Files.writeString(dir.resolve("step-summary.md"), "an earlier step's section\n");
    EngineConfig up = config(PLUGIN);
    up = up.withOutputs(up.outputs().withStepSummary(stepSummary));
    new Migrator(up).up();
    new Verifier(up).verify(Verifier.Tolerance.NONE);

    assertThat(Files.readString(stepSummary)).startsWith("an earlier step's section\n")
        .contains("### dbmigrate up: success", "### dbmigrate verify: success");
  }
}
