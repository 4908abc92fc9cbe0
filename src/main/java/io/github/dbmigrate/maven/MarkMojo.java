package io.github.dbmigrate.maven;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.run.HistoryMarks;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Records versions as applied without running their scripts: a baseline for a database brought up to
 * date by hand or by another tool, or a failed migration finished by hand. Logs each version recorded.
 */
@Mojo(name = "mark", threadSafe = true)
public class MarkMojo extends AbstractChangingMojo {

  /**
   * The version(s) to record, comma-separated (each must have a migration file), or {@code all} for
   * every pending version.
   */
  @Parameter(property = "dbmigrate.version", required = true)
  String version;

  @Override
  String goal() {
    return "mark";
  }

  @Override
  void run(EngineConfig config, MavenLogListener listener) {
    new HistoryMarks(config, listener).mark(version);
  }
}
