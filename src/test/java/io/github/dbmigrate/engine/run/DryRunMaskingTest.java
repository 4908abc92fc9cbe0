package io.github.dbmigrate.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.Outputs;
import io.github.dbmigrate.engine.RunOptions;
import io.github.dbmigrate.engine.Sources;
import io.github.dbmigrate.engine.Target;
import io.github.dbmigrate.engine.db.DatabaseTarget;
import io.github.dbmigrate.engine.dialect.TableName;
import io.github.dbmigrate.engine.testing.RecordingListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dry-run.sql leaves the engine as a file, so it is masked like the log lines it repeats. */
class DryRunMaskingTest {

  @TempDir Path dir;

  @Test
  void aScriptQuotingTheDatabasePasswordShowsItMaskedInDryRunSql() throws Exception {
    Path migrations = Files.createDirectories(dir.resolve("migrations"));
    Files.writeString(migrations.resolve("20240101000000_grant.up.sql"),
        "CREATE USER reporter PASSWORD 'Dry-Run-Pw-7';\n");
    DatabaseTarget database = new DatabaseTarget("jdbc:h2:mem:dry_run_masking;DB_CLOSE_DELAY=-1", "sa",
        "Dry-Run-Pw-7");
    RecordingListener listener = new RecordingListener();
    EngineConfig config = new EngineConfig(Sources.in(List.of(migrations)),
        Target.of(database, new TableName(null, "dbmigrate_versions")), RunOptions.defaults().withDryRun(true),
        Outputs.to(dir.resolve("report")).withListener(listener));

    new Migrator(config).up();

    String sql = Files.readString(dir.resolve("report/dry-run.sql"));
    assertThat(sql).contains("CREATE USER reporter PASSWORD '****';").doesNotContain("Dry-Run-Pw-7");
    assertThat(listener.all()).allSatisfy(e -> assertThat(e.message()).doesNotContain("Dry-Run-Pw-7"));
  }
}
