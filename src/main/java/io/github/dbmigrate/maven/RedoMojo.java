package io.github.dbmigrate.maven;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.run.Redo;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Rolls back the newest applied versions and applies them again, to test a down script. In
 * {@code dbmigrate.txnMode=all} the whole redo is one transaction. Refused on a protected environment.
 */
@Mojo(name = "redo", threadSafe = true, requiresProject = false)
public class RedoMojo extends AbstractDestructiveMojo {

  /** How many of the newest applied versions to roll back and re-apply. */
  @Parameter(property = "dbmigrate.steps", defaultValue = "1")
  int steps;

  @Override
  String goal() {
    return "redo";
  }

  @Override
  void run(EngineConfig config, MavenLogListener listener) {
    new Redo(config, listener).run(steps);
  }
}
