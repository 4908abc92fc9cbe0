package io.github.dbmigrate.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Goals that connect and read the migration files: {@code status} and {@code verify}, which compare
 * them with the history, and through {@link AbstractChangingMojo} every goal that changes the database.
 */
abstract class AbstractMigrationsMojo extends AbstractConnectingMojo {

  /** Directory of the migration files, searched with its subfolders. Ignored when {@link #dirs} is set. */
  @Parameter(property = "dbmigrate.dir", defaultValue = "${project.basedir}/src/main/resources/db/migrations")
  File dir;

  /**
   * Several migration directories, for example one added by a profile for development data. Their
   * versions form one sequence; {@code create} writes into the first.
   */
  @Parameter
  List<File> dirs;

  @Override
  Parameters parameters(List<String> secrets) {
    return super.parameters(secrets).withDirectories(dir, dirs);
  }
}
