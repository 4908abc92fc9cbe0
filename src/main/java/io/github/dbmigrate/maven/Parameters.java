package io.github.dbmigrate.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * The parameters of a goal that connects, as the Mojo received them, before any resolution; kept apart
 * from Maven types so that {@link ConfigFactory} can be unit-tested. A part the goal does not declare
 * is {@code null}: {@code historyTable} and {@code directories} for {@code wait}, {@code changes} for
 * goals that only read.
 *
 * @param user the user after {@code serverId} was applied
 * @param password the password after {@code serverId} was applied
 */
record Parameters(
    String url,
    String user,
    String password,
    String environment,
    File reportDir,
    HistoryTable historyTable,
    Directories directories,
    Changes changes) {

  /** Where versions are recorded: what every goal that reads or writes the history declares. */
  record HistoryTable(String table, String schema) {}

  /** The migration folders, resolved from {@code dbmigrate.dir} or {@code <dirs>} (see {@link MigrationLocations}). */
  record Directories(List<Path> folders) {}

  /**
   * What only goals that change the database declare; {@code txnMode} only those that run scripts
   * ({@code mark} and {@code unmark} edit the history alone), and {@code doctor} to check for it.
   */
  record Changes(String txnMode, String lockTimeout, boolean noLock) {}

  /** A goal that connects without reading the history or any migration file ({@code wait}). */
  static Parameters connection(String url, String user, String password, String environment, File reportDir) {
    return new Parameters(url, user, password, environment, reportDir, null, null, null);
  }

  Parameters withHistoryTable(String table, String schema) {
    return new Parameters(url, user, password, environment, reportDir, new HistoryTable(table, schema),
        directories, changes);
  }

  Parameters withDirectories(List<Path> folders) {
    return new Parameters(url, user, password, environment, reportDir, historyTable,
        new Directories(folders), changes);
  }

  Parameters withChanges(String txnMode, String lockTimeout, boolean noLock) {
    return new Parameters(url, user, password, environment, reportDir, historyTable, directories,
        new Changes(txnMode, lockTimeout, noLock));
  }
}
