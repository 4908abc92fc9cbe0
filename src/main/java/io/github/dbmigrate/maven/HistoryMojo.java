package io.github.dbmigrate.maven;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.inspect.History;
import io.github.dbmigrate.engine.inspect.VersionRange;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lists every version, newest first, applied and pending, with everything the history table records:
 * when it was applied, how long it took, who applied it and where, whether its script ran or it was only
 * marked, and whether its file changed since. Also recorded values that are no version and versions with
 * no file. Writes the same to {@code target/dbmigrate/history.json}. Reads only: takes no lock and never
 * creates the history table; {@code status} is the short view.
 */
@Mojo(name = "history", threadSafe = true)
public class HistoryMojo extends AbstractMigrationsMojo {

  /** The oldest version to list (included), such as {@code 20240101000000}; by default the first. */
  @Parameter(property = "dbmigrate.from")
  String from;

  /** The newest version to list (included); by default the newest. */
  @Parameter(property = "dbmigrate.to")
  String to;

  @Override
  String goal() {
    return "history";
  }

  @Override
  void run(EngineConfig config, MavenLogListener listener) {
    new History(config.withListener(listener)).list(VersionRange.of(from, to, MavenFrontEnd.INSTANCE));
  }
}
