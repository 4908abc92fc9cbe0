package io.github.dbmigrate.maven;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.run.Limit;
import io.github.dbmigrate.engine.run.Migrator;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Rolls back the newest applied versions by running their down scripts, newest first, under the
 * database lock: the newest one, {@code dbmigrate.steps} of them, every one newer than
 * {@code dbmigrate.to}, or all of them with {@code dbmigrate.to=base}. Refused on a protected
 * environment (see {@code dbmigrate.protectedEnvironments}).
 */
@Mojo(name = "down", threadSafe = true, requiresProject = false)
public class DownMojo extends AbstractDestructiveMojo {

  /**
   * How many of the newest applied versions to roll back; 1 when neither this nor {@link #to} is given.
   * More than are applied rolls back all of them, saying so (the Go tool's {@code -down 999}). Not
   * together with {@link #to}.
   */
  @Parameter(property = "dbmigrate.steps")
  Integer steps;

  /**
   * Roll back every applied version newer than this one, which stays applied (Alembic's
   * {@code downgrade <rev>}, Rails' {@code db:migrate VERSION=} going down); {@code base} or {@code 0}
   * rolls back every applied version. Not together with {@link #steps}.
   */
  @Parameter(property = "dbmigrate.to")
  String to;

  @Override
  String goal() {
    return "down";
  }

  @Override
  void run(EngineConfig config, MavenLogListener listener) {
    new Migrator(config, listener).down(new Limit(steps, to));
  }
}
