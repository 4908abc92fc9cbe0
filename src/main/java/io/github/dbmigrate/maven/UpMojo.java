package io.github.dbmigrate.maven;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.run.Migrator;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Applies every pending migration (every file whose version is not recorded) in version order, even
 * versions older than the newest applied one, under the database lock.
 */
@Mojo(name = "up", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true,
    requiresProject = false)
public class UpMojo extends AbstractDbMigrateMojo {

  @Override
  String goal() {
    return "up";
  }

  @Override
  void run(EngineConfig config, MavenLogListener listener) {
    new Migrator(config, listener).up();
  }
}
