package io.github.dbmigrate.maven;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.run.HistoryMarks;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Removes the records of versions without running any script, so the next {@code up} runs them again
 * (for example after undoing a migration by hand). Logs each version removed. Refused on a protected
 * environment.
 */
@Mojo(name = "unmark", threadSafe = true)
public class UnmarkMojo extends AbstractDestructiveMojo {

  /** The recorded version(s) to remove, comma-separated. */
  @Parameter(property = "dbmigrate.version", required = true)
  String version;

  @Override
  String goal() {
    return "unmark";
  }

  @Override
  void run(EngineConfig config, MavenLogListener listener) {
    new HistoryMarks(config, listener).unmark(version);
  }
}
