package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.files.Direction;
import io.github.dbmigrate.engine.files.Script;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * What a failed statement left behind, found out before a word of the message is written (that is
 * {@link FailureMessage}'s job).
 *
 * @param script the script that failed
 * @param line the line of the failed statement; 0 when the version row failed
 * @param databaseMessage the database's own message, on one line, with its SQLSTATE
 * @param errorMessage the database's own message as the dialect reads it, for the typed failure
 * @param cause the database's error
 * @param aftermath what the transaction mode leaves behind
 * @param linesRun the lines of the file's statements that had run before
 * @param earlierDone how many scripts of this run ran before it
 * @param historyNow how the history differs from before the run, where that was read; null otherwise
 * @param lockSetting the server setting to raise when one transaction ran out of lock slots
 * @param goal the goal to name in "run ... again"
 * @param historyTable where the script's version row could not be written or deleted after all its
 *     statements ran; null when a statement failed
 */
record FailureExplanation(Script script, int line, String databaseMessage, String errorMessage, SQLException cause,
    TxnPolicy.Aftermath aftermath, List<Integer> linesRun, int earlierDone, HistoryNow historyNow,
    Optional<String> lockSetting, String goal, String historyTable) {

  FailureExplanation {
    linesRun = List.copyOf(linesRun);
  }

  /**
   * The history read after the failure: versions recorded or removed by this run, and the earlier
   * scripts of this run that ran but whose change to the history was rolled back (their DDL stays).
   */
  record HistoryNow(List<String> added, List<String> removed, List<RunResult.Step> rolledBack) {

    HistoryNow {
      added = List.copyOf(added);
      removed = List.copyOf(removed);
      rolledBack = List.copyOf(rolledBack);
    }
  }

  /** Whether the version row failed, not a statement of the script. */
  boolean versionRowFailed() {
    return historyTable != null;
  }

  boolean up() {
    return script.direction() == Direction.UP;
  }

  /** Whether the connection was lost (SQLSTATE class 08): the server rolls back what was open. */
  boolean connectionLost() {
    return cause.getSQLState() != null && cause.getSQLState().startsWith("08");
  }
}
