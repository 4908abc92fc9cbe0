package io.github.dbmigrate.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/** Goals that read or write the migration files and never connect ({@code create}, {@code validate}). */
abstract class AbstractOfflineMojo extends AbstractDbMigrateMojo {

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
  final void configureAndRun(List<String> secrets) {
    run(ConfigFactory.directories(new Parameters.Directories(dir, dirs)), listener(secrets));
  }

  /** The goal's one engine call. */
  abstract void run(List<Path> directories, MavenLogListener listener);
}
