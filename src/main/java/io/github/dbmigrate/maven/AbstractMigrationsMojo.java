package io.github.dbmigrate.maven;

import io.github.dbmigrate.engine.EngineConfig;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Goals that connect and work with the migrations: the history table that records them and the files
 * ({@code status}, {@code verify}, {@code history}, {@code show}, {@code doctor}), and through
 * {@link AbstractChangingMojo} every goal that changes the database.
 */
abstract class AbstractMigrationsMojo extends AbstractConnectingMojo {

  /** Name of the history table, which records every applied version. */
  @Parameter(property = "dbmigrate.table", defaultValue = EngineConfig.DEFAULT_TABLE)
  String table;

  /** Schema of the history table; by default the connection's current schema. */
  @Parameter(property = "dbmigrate.schema")
  String schema;

  /**
   * Where the migration files are, searched with its subfolders: a directory (relative to the
   * project), or {@code classpath:db/migrations} for a folder in the project's resources or in the
   * jar of a dependency (a {@code db} module, say). Ignored when {@link #dirs} is set.
   */
  @Parameter(property = "dbmigrate.dir", defaultValue = "${project.basedir}/src/main/resources/db/migrations")
  String dir;

  /**
   * Several migration locations, each as {@link #dir} takes it, for example one added by a profile for
   * development data. Their versions form one sequence; {@code create} writes into the first. On the
   * command line: {@code -Ddbmigrate.dirs=a,b}.
   */
  @Parameter(property = "dbmigrate.dirs")
  List<String> dirs;

  @Override
  String nothingToDo() {
    return MigrationLocations.defaultMissing(dir, dirs, baseDir());
  }

  @Override
  Parameters parameters(List<String> secrets) {
    return super.parameters(secrets).withHistoryTable(table, schema).withDirectories(migrationFolders(dir, dirs));
  }
}
