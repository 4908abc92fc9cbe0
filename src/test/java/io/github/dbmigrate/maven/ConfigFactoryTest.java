package io.github.dbmigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.TxnMode;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigFactoryTest {

  private static Parameters params(String url, String txnMode, String lockTimeout, List<File> dirs) {
    return new Parameters(url, null, null, "dbmigrate_versions", null, new File("db/migrations"), dirs,
        txnMode, lockTimeout, false, new File("target/dbmigrate"), null);
  }

  @Test
  void defaultsMatchTheGoTool() {
    EngineConfig config = ConfigFactory.build(params("jdbc:h2:mem:x", null, null, null), Map.of(), true);

    assertThat(config.txnMode()).isEqualTo(TxnMode.ALL);
    assertThat(config.lockTimeout()).isEqualTo(Duration.ofMinutes(5));
    assertThat(config.table().toString()).isEqualTo("dbmigrate_versions");
    assertThat(config.dirs()).containsExactly(Path.of("db/migrations"));
  }

  @Test
  void fallsBackToDatabaseUrlInTheGoToolsForm() {
    EngineConfig config = ConfigFactory.build(params(null, "per-file", "30s", null),
        Map.of("DATABASE_URL", "postgres://app:pw@db:5432/shop?sslmode=disable"), true);

    assertThat(config.target().jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/shop?sslmode=disable");
    assertThat(config.target().user()).isEqualTo("app");
    assertThat(config.txnMode()).isEqualTo(TxnMode.PER_FILE);
    assertThat(config.lockTimeout()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void aDirsListWinsOverTheSingleDirectory() {
    EngineConfig config = ConfigFactory.build(params("jdbc:h2:mem:x", null, null,
        List.of(new File("a"), new File("b"))), Map.of(), true);

    assertThat(config.dirs()).containsExactly(Path.of("a"), Path.of("b"));
  }

  @Test
  void badValuesAreNamedErrors() {
    assertThatThrownBy(() -> ConfigFactory.build(params(null, null, null, null), Map.of(), true))
        .hasMessageContaining("No database URL");
    assertThatThrownBy(() -> ConfigFactory.build(params("jdbc:h2:mem:x", "sometimes", null, null), Map.of(), true))
        .hasMessageContaining("Unknown dbmigrate.txnMode 'sometimes'").hasMessageContaining("per-file");
    assertThatThrownBy(() -> ConfigFactory.build(params("jdbc:h2:mem:x", null, "soon", null), Map.of(), true))
        .hasMessageContaining("dbmigrate.lockTimeout 'soon'");
    assertThatThrownBy(() -> ConfigFactory.build(params("jdbc:h2:mem:x", null, "99999999999999999999h", null), Map.of(), true))
        .hasMessageContaining("as a duration");
    assertThatThrownBy(() -> ConfigFactory.build(params("jdbc:h2:mem:x", null, "999999999h", null), Map.of(), true))
        .hasMessageContaining("as a duration");
  }

  @Test
  void goalsWithoutDatabaseNeedNoUrl() {
    EngineConfig config = ConfigFactory.build(params(null, null, null, null), Map.of(), false);

    assertThat(config.target()).isNull();
  }

  @Test
  void theEnvironmentNameAndTheJobSummaryFileReachTheEngine() {
    Parameters staging = new Parameters("jdbc:h2:mem:x", null, null, null, null, new File("db"), null, null,
        null, false, new File("target/dbmigrate"), " staging ");

    EngineConfig config = ConfigFactory.build(staging, Map.of("GITHUB_STEP_SUMMARY", "/tmp/summary.md"), true);

    assertThat(config.options().environment()).isEqualTo("staging");
    assertThat(config.options().stepSummary()).isEqualTo(Path.of("/tmp/summary.md"));
    assertThat(config.options().protectedEnvironments()).containsExactly("production");
    assertThat(ConfigFactory.build(staging, Map.of(), true).options().stepSummary()).isNull();
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
}
