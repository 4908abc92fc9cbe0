package io.github.dbmigrate.maven;

import io.github.dbmigrate.engine.files.MigrationCreator;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes a new, empty pair of migration scripts named by the UTC time and the message, such as
 * {@code 20250101120000_add-users-table.up.sql} and {@code .down.sql}, in the (first) migrations
 * directory. Needs no database and never overwrites.
 */
@Mojo(name = "create", threadSafe = true, requiresProject = false)
public class CreateMojo extends AbstractOfflineMojo {

  /** What the migration does, in words; it becomes the file name's slug ("add users table"). */
  @Parameter(property = "message")
  String message;

  /** Write a {@code .no-db-txn.} pair, whose scripts run outside a transaction. */
  @Parameter(property = "dbmigrate.noDbTxn", defaultValue = "false")
  boolean noDbTxn;

  @Override
  String goal() {
    return "create";
  }

  /** The default directory need not exist: create makes it. */
  @Override
  String nothingToDo() {
    return null;
  }

  @Override
  void checkLocations(List<MigrationLocations.Location> given) {
    MigrationLocations.refuseWritingTo(given.get(0), goal());
  }

  @Override
  void run(List<Path> directories, MavenLogListener listener) {
    for (Path written : new MigrationCreator(Clock.systemUTC(), MavenFrontEnd.INSTANCE)
        .create(directories.get(0), directories, message, noDbTxn)) {
      getLog().info("Wrote " + written);
    }
    if (message != null && MigrationCreator.shortened(message)) {
      getLog().info("The message is too long for a file name: the name holds its first words (at most "
          + MigrationCreator.MAX_SLUG + " characters); the scripts' first line holds all of it.");
    }
  }
}
