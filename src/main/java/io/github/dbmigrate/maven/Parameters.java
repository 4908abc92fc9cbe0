package io.github.dbmigrate.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * The parameters of a goal that connects, as the Mojo received them, before any resolution; kept apart
 * from Maven types so that {@link ConfigFactory} can be unit-tested. A part the goal does not declare
 * is {@code null}: {@code directories} for {@code wait}, {@code changes} for goals that only read.
 *
 * @param user the user after {@code serverId} was applied
 * @param password the password after {@code serverId} was applied
 */
record Parameters(
    String url,
    String user,
    String password,
    String table,
    String schema,
    String environment,
    File reportDir,
    Directories directories,
    Changes changes) {

  /** The migration folders, resolved from {@code dbmigrate.dir} or {@code <dirs>} (see {@link MigrationLocations}). */
  record Directories(List<Path> folders) {}

  /** What only goals that change the database declare. */
  record Changes(String txnMode, String lockTimeout, boolean noLock) {}

  /** A goal that connects without reading any migration file, with nothing to change. */
  static Parameters connection(String url, String user, String password, String table, String schema,
      String environment, File reportDir) {
    return new Parameters(url, user, password, table, schema, environment, reportDir, null, null);
  }

  Parameters withDirectories(List<Path> folders) {
    return new Parameters(url, user, password, table, schema, environment, reportDir,
        new Directories(folders), changes);
  }

  Parameters withChanges(String txnMode, String lockTimeout, boolean noLock) {
    return new Parameters(url, user, password, table, schema, environment, reportDir, directories,
        new Changes(txnMode, lockTimeout, noLock));
  }
}
