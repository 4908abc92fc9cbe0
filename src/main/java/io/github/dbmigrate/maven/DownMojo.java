package io.github.dbmigrate.maven;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.run.Migrator;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Rolls back the newest applied versions by running their down scripts, under the database lock.
 * Refused on a protected environment (see {@code dbmigrate.protectedEnvironments}).
 */
@Mojo(name = "down", threadSafe = true, requiresProject = false)
public class DownMojo extends AbstractDestructiveMojo {

  /** How many of the newest applied versions to roll back. Ignored when {@link #to} is set. */
  @Parameter(property = "dbmigrate.steps", defaultValue = "1")
  int steps;

  /** Roll back every applied version newer than this one; this version itself stays applied. */
  @Parameter(property = "dbmigrate.to")
  String to;

  @Override
  String goal() {
    return "down";
  }

  @Override
  void run(EngineConfig config, MavenLogListener listener) {
    new Migrator(config, listener).down(steps, to == null || to.isBlank() ? null : to.trim());
  }
}
