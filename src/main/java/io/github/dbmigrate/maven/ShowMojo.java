package io.github.dbmigrate.maven;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.inspect.Show;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Shows one version: its files, its state and recorded row, whether its file changed since it was
 * applied, and its up and down scripts statement by statement, each with its line, as {@code up} and
 * {@code down} would send them. Reads only. Without a database URL it shows the files alone.
 */
@Mojo(name = "show", threadSafe = true)
public class ShowMojo extends AbstractMigrationsMojo {

  /** The version to show, such as {@code 20240101000000}. */
  @Parameter(property = "dbmigrate.version", required = true)
  String version;

  /**
   * Whose client's rules split the scripts when no database URL is given: {@code postgresql},
   * {@code h2}, {@code oracle}, {@code sqlserver}, {@code mysql}, {@code mariadb} or {@code sqlite};
   * else PostgreSQL's. With a database, its own rules are used.
   */
  @Parameter(property = "dbmigrate.dialect")
  String dialect;

  @Override
  String goal() {
    return "show";
  }

  @Override
  boolean worksWithoutDatabase() {
    return true;
  }

  @Override
  void run(EngineConfig config, MavenLogListener listener) {
    new Show(config.withListener(listener)).show(version, dialect);
  }
}
