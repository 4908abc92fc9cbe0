package io.github.dbmigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.BadSetting;
import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.TxnMode;
import io.github.dbmigrate.engine.lint.Level;
import io.github.dbmigrate.maven.Parameters.Directories;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigFactoryTest {

  /** The parameters of a goal that changes the database, as a POM with these values gives them. */
  private static Parameters params(String url, String txnMode, String lockTimeout, List<Path> dirs) {
    return Parameters.connection(url, null, null, null, new File("target/dbmigrate"))
        .withHistoryTable("dbmigrate_versions", null)
        .withDirectories(dirs == null ? List.of(Path.of("db/migrations")) : dirs)
        .withChanges(txnMode, lockTimeout, false);
  }

  @Test
  void defaultsWhenNothingIsGiven() {
    EngineConfig config = ConfigFactory.build(params("jdbc:h2:mem:x", null, null, null), Map.of());

    assertThat(config.options().txnMode()).isEmpty(); // the database's default, chosen by the engine
    assertThat(config.options().lockTimeout()).isEqualTo(Duration.ofMinutes(5));
    assertThat(config.target().table().toString()).isEqualTo("dbmigrate_versions");
    assertThat(config.sources().dirs()).containsExactly(Path.of("db/migrations"));
  }

  @Test
  void fallsBackToDatabaseUrlInTheGoToolsForm() {
    EngineConfig config = ConfigFactory.build(params(null, "per-file", "30s", null),
        Map.of("DATABASE_URL", "postgres://app:pw@db:5432/shop?sslmode=disable"));

    assertThat(config.target().database().jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/shop?sslmode=disable");
    assertThat(config.target().database().user()).isEqualTo("app");
    assertThat(config.options().txnMode()).contains(TxnMode.PER_FILE);
    assertThat(config.options().lockTimeout()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void theFoldersReachTheEngineInOrder() {
    EngineConfig config = ConfigFactory.build(params("jdbc:h2:mem:x", null, null,
        List.of(Path.of("a"), Path.of("b"))), Map.of());

    assertThat(config.sources().dirs()).containsExactly(Path.of("a"), Path.of("b"));
  }

  @Test
  void badValuesAreNamedErrors() {
    assertThatThrownBy(() -> ConfigFactory.build(params(null, null, null, null), Map.of()))
        .hasMessageContaining("No database URL");
    assertThatThrownBy(() -> ConfigFactory.build(params("jdbc:h2:mem:x", "sometimes", null, null), Map.of()))
        .hasMessageContaining("Unknown dbmigrate.txnMode 'sometimes'").hasMessageContaining("per-file");
    assertThatThrownBy(() -> ConfigFactory.build(params("jdbc:h2:mem:x", null, "soon", null), Map.of()))
        .hasMessageContaining("dbmigrate.lockTimeout 'soon'");
    assertThatThrownBy(() -> ConfigFactory.build(params("jdbc:h2:mem:x", null, "99999999999999999999h", null), Map.of()))
        .hasMessageContaining("as a duration");
    assertThatThrownBy(() -> ConfigFactory.build(params("jdbc:h2:mem:x", null, "999999999h", null), Map.of()))
        .hasMessageContaining("as a duration");
  }

  @Test
  void goalsWithoutDatabaseNeedNoUrl() {
    List<Path> dirs = ConfigFactory.directories(new Directories(List.of(Path.of("db/migrations"))));

    assertThat(dirs).containsExactly(Path.of("db/migrations"));
    assertThat(ConfigFactory.databaseUrl(null, Map.of())).isNull();
  }

  @Test
  void waitConnectsWithoutAnyMigrationsDirectory() {
    Parameters waiting = Parameters.connection("jdbc:h2:mem:x", "app", "pw", null, new File("target/dbmigrate"));

    EngineConfig config = ConfigFactory.build(waiting, Map.of());

    assertThat(config.sources().dirs()).isEmpty();
    assertThat(config.target().database().user()).isEqualTo("app");
    assertThat(config.target().table()).as("wait reads no history table").isNull();
  }

  @Test
  void goalsThatOnlyReadGetTheEngineDefaultsForWhatTheyDoNotDeclare() {
    Parameters status = Parameters.connection("jdbc:h2:mem:x", null, null, null, new File("target/dbmigrate"))
        .withHistoryTable(null, null).withDirectories(List.of(Path.of("db")));

    EngineConfig config = ConfigFactory.build(status, Map.of());

    assertThat(config.options().txnMode()).isEmpty(); // the database's default, chosen by the engine
    assertThat(config.options().lockTimeout()).isEqualTo(Duration.ofMinutes(5));
    assertThat(config.options().noLock()).isFalse();
    assertThat(config.sources().dirs()).containsExactly(Path.of("db"));
    assertThat(config.target().table().toString()).isEqualTo("dbmigrate_versions");
  }

  @Test
  void aGoalThatReadsFilesNeedsADirectory() {
    assertThatThrownBy(() -> ConfigFactory.directories(new Directories(List.of())))
        .hasMessage("No migrations directory is configured (dbmigrate.dir or <dirs>).");
    assertThatThrownBy(() -> ConfigFactory.build(Parameters.connection("jdbc:h2:mem:x", null, null, null,
        new File("r")).withHistoryTable(null, null).withDirectories(List.of()), Map.of()))
        .hasMessageContaining("No migrations directory is configured");
  }

  @Test
  void theDatabaseUrlFallsBackToTheEnvironmentInOnePlaceForEveryGoal() {
    Map<String, String> environment = Map.of("DATABASE_URL", " postgres://app:pw@db/shop ");

    // validate reads it only to choose the splitting rules: no credentials are involved
    assertThat(ConfigFactory.databaseUrl(null, environment)).isEqualTo("postgres://app:pw@db/shop");
    assertThat(ConfigFactory.databaseUrl("  ", environment)).isEqualTo("postgres://app:pw@db/shop");
    assertThat(ConfigFactory.databaseUrl(" jdbc:h2:mem:x ", environment)).isEqualTo("jdbc:h2:mem:x");
    assertThat(ConfigFactory.databaseUrl(null, Map.of("DATABASE_URL", " "))).isNull();
  }

  @Test
  void theEnvironmentNameAndTheJobSummaryFileReachTheEngine() {
    Parameters staging = Parameters.connection("jdbc:h2:mem:x", null, null, " staging ",
        new File("target/dbmigrate")).withHistoryTable(null, null).withDirectories(List.of(Path.of("db"))).withChanges(null, null, false);

    EngineConfig config = ConfigFactory.build(staging, Map.of("GITHUB_STEP_SUMMARY", "/tmp/summary.md"));

    assertThat(config.target().environment()).isEqualTo("staging");
    assertThat(config.outputs().stepSummary()).isEqualTo(Path.of("/tmp/summary.md"));
    assertThat(config.options().protectedEnvironments()).containsExactly("production");
    assertThat(ConfigFactory.build(staging, Map.of()).outputs().stepSummary()).isNull();
  }

  @Test
  void protectedEnvironmentsAreACommaSeparatedListComparedWithoutCase() {
    var options = io.github.dbmigrate.engine.RunOptions.defaults()
        .withGuard(ConfigFactory.names(" Production, prod ,,"), false);

    assertThat(options.protectedEnvironments()).containsExactlyInAnyOrder("production", "prod");
    assertThat(options.isProtected("PROD")).isTrue();
    assertThat(options.isProtected("staging")).isFalse();
    assertThat(options.isProtected(null)).isFalse();
  }

  @Test
  void variablesOnTheCommandLineReplaceThePomsOfTheSameName() {
    Map<String, String> pom = new LinkedHashMap<>();
    pom.put("dev_data", "false");
    pom.put("region", "eu, west");

    assertThat(ConfigFactory.variables(pom, "dev_data=true,seed= a=b ").values())
        .containsExactly(Map.entry("dev_data", "true"), Map.entry("region", "eu, west"), Map.entry("seed", " a=b "));
    assertThat(ConfigFactory.variables(null, null).isEmpty()).isTrue();
    assertThat(ConfigFactory.variables(pom, "").values()).isEqualTo(pom);
  }

  @Test
  void aCommandLineEntryWithoutEqualsIsRefusedWithoutShowingIt() {
    assertThatThrownBy(() -> ConfigFactory.variables(Map.of(), "api_token=abc,hunter2"))
        .isInstanceOf(BadSetting.class)
        .hasMessageStartingWith("Entry 2 of 2 in dbmigrate.variables is not name=value.")
        .hasMessageContaining("<variables>")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2").doesNotContain("abc"));
    assertThatThrownBy(() -> ConfigFactory.variables(Map.of(), "Dev=1"))
        .hasMessageContaining("Variable name 'Dev' in dbmigrate.variables is not allowed");
  }

  @Test
  void lintRulesOnTheCommandLineReplaceThePomsOfTheSameRule() {
    assertThat(ConfigFactory.lint("warn", Map.of("drop-column", "off", "truncate-table", "warn"),
        "drop-column=error, dml-without-where=off", "20250101000000").ruleLevels())
        .isEqualTo(Map.of("drop-column", Level.ERROR, "truncate-table", Level.WARN, "dml-without-where", Level.OFF));
    assertThatThrownBy(() -> ConfigFactory.lint(null, null, "drop-column", null)).isInstanceOf(BadSetting.class)
        .hasMessage("'drop-column' in -Ddbmigrate.lintRules is not rule-id=level (for example"
            + " dml-without-where=error).");
  }
}
