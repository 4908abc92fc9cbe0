package io.github.dbmigrate.maven;

import io.github.dbmigrate.engine.validate.MigrationValidator;
import io.github.dbmigrate.engine.validate.ScriptRules;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the migration files without a database: names, duplicate versions, scripts that cannot be
 * split into statements, and (as warnings) missing down scripts and {@code .no-db-txn.} scripts with
 * several statements. Bound to {@code validate}, so {@code mvn verify} stops a bad migration before any
 * deploy.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractOfflineMojo {

  /**
   * JDBC URL of the database whose splitting rules to check the scripts with when
   * {@link #dialect} is not set; never connected to. When absent, the environment variable
   * {@code DATABASE_URL} is used, which may also be written as the Go tool accepts it:
   * {@code postgres://user:pass@host:5432/db}. User property: {@code dbmigrate.url}, read by the goal
   * itself (Maven's {@code -X} would print it, and a URL may hold a password).
   */
  @Parameter
  String url;

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
  void run(List<Path> directories, MavenLogListener listener) {
    String databaseUrl = ConfigFactory.databaseUrl(quiet(url, "dbmigrate.url"), processEnvironment);
    new MigrationValidator(ScriptRules.choose(dialect, databaseUrl, MavenFrontEnd.INSTANCE), listener,
        MavenFrontEnd.INSTANCE).validate(directories);
  }
}
