package io.github.dbmigrate.maven;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.validate.MigrationValidator;
import io.github.dbmigrate.engine.validate.ScriptRules;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the migration files without a database: names, duplicate versions, scripts that cannot be
 * split into statements, and (as warnings) missing down scripts and {@code .no-db-txn.} scripts with
 * several statements. Bound to {@code validate}, so {@code mvn verify} stops a bad migration before any
 * deploy.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = false)
public class ValidateMojo extends AbstractDbMigrateMojo {

  /**
   * Whose splitting rules to check scripts with: {@code postgresql}, {@code h2}, {@code oracle},
   * {@code sqlserver}, {@code mysql}, {@code mariadb} or {@code sqlite}. By default the database of
   * {@code dbmigrate.url} (or {@code DATABASE_URL}), which is never connected to, else PostgreSQL.
   */
  @Parameter(property = "dbmigrate.dialect")
  String dialect;

  @Override
  String goal() {
    return "validate";
  }

  @Override
  boolean needsDatabase() {
    return false;
  }

  @Override
  void run(EngineConfig config, MavenLogListener listener) {
    String databaseUrl = url != null && !url.isBlank() ? url : processEnvironment.get("DATABASE_URL");
    new MigrationValidator(ScriptRules.choose(dialect, databaseUrl), listener).validate(config.dirs());
  }
}
