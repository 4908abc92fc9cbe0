package io.github.dbmigrate.maven;

import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/** Goals that read or write the migration files and never connect ({@code create}, {@code validate}, {@code lint}). */
abstract class AbstractOfflineMojo extends AbstractDbMigrateMojo {

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
  final void configureAndRun(List<String> secrets) {
    run(ConfigFactory.directories(new Parameters.Directories(migrationFolders(dir, dirs))), listener(secrets));
  }

  /** The goal's one engine call. */
  abstract void run(List<Path> directories, MavenLogListener listener);
}
