package io.github.dbmigrate.maven;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.RunOptions;
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

  /**
   * Take the lock and plan as for real, but change nothing: write the down and up statements that
   * would run, with the history's deletes and inserts, to the log and to
   * {@code target/dbmigrate/dry-run.sql}.
   */
  @Parameter(property = "dbmigrate.dryRun", defaultValue = "false")
  boolean dryRun;

  @Override
  String goal() {
    return "redo";
  }

  @Override
  RunOptions options(RunOptions common) {
    return super.options(common).withDryRun(dryRun);
  }

  @Override
  void run(EngineConfig config, MavenLogListener listener) {
    new Redo(config, listener).run(steps);
  }
}
