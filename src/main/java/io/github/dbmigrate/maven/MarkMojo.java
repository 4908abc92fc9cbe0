package io.github.dbmigrate.maven;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.RunOptions;
import io.github.dbmigrate.engine.run.HistoryMarks;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Records versions as applied without running their scripts: a baseline for a database brought up to
 * date by hand or by another tool, or a failed migration finished by hand. Logs each version recorded.
 */
@Mojo(name = "mark", threadSafe = true, requiresProject = false)
public class MarkMojo extends AbstractDbMigrateMojo {

  /**
   * The version(s) to record, comma-separated (each must have a migration file), or {@code all} for
   * every pending version.
   */
  @Parameter(property = "dbmigrate.version", required = true)
  String version;

  /**
   * Take the lock and check the versions as for real, but change nothing: write the history
   * statements that would run to the log and to {@code target/dbmigrate/dry-run.sql}.
   */
  @Parameter(property = "dbmigrate.dryRun", defaultValue = "false")
  boolean dryRun;

  @Override
  String goal() {
    return "mark";
  }

  @Override
  RunOptions options(RunOptions common) {
    return common.withDryRun(dryRun);
  }

  @Override
  void run(EngineConfig config, MavenLogListener listener) {
    new HistoryMarks(config, listener).mark(version);
  }
}
