package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.files.Script;
import io.github.dbmigrate.engine.history.AppliedVersion;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Runs planned scripts with their history rows: for real ({@link ScriptExecutor}) or as a {@link DryRun}. */
interface Execution {

  /**
   * Runs {@code scripts} in order, each up script recorded and each down script unrecorded.
   *
   * @param before the versions recorded before the run, for failure messages
   * @return the scripts that ran, in order
   */
  List<RunResult.Step> run(Connection work, List<Script> scripts, Map<String, AppliedVersion> before)
      throws SQLException;
}
