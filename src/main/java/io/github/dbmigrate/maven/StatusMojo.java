package io.github.dbmigrate.maven;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.run.Migrator;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Prints every version with its state (applied, pending, changed since applied, or applied with no
 * file) and writes the same to {@code target/dbmigrate/status.json}. Changes nothing.
 */
@Mojo(name = "status", threadSafe = true)
public class StatusMojo extends AbstractMigrationsMojo {

  @Override
  String goal() {
    return "status";
  }

  @Override
  void run(EngineConfig config, MavenLogListener listener) {
    new Migrator(config, listener).status();
  }
}
