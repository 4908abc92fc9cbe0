package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.Goal;
import io.github.dbmigrate.engine.Paths;
import io.github.dbmigrate.engine.Setting;
import io.github.dbmigrate.engine.StatementFailed;
import io.github.dbmigrate.engine.TxnMode;
import io.github.dbmigrate.engine.files.Direction;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the failure of a statement: where it failed and the database's words, what stayed applied
 * and recorded, and what to do next, in the front end's words.
 */
final class FailureMessage {

  private FailureMessage() {}

  /** The failure of {@code e}, on a database called {@code databaseName}, worded for {@code words}. */
  static StatementFailed render(FailureExplanation e, String databaseName, FrontEnd words) {
    String goal = words.goal(Goal.of(e.goal()));
    String where = Paths.display(e.script().file()) + " line " + e.line() + ": " + e.databaseMessage();
    String linesRun = e.linesRun().isEmpty() ? "" : " Statements of this file that had already run"
        + " (starting on lines " + e.linesRun().stream().map(String::valueOf).collect(Collectors.joining(", "))
        + ")";
    boolean up = e.up();
    int done = e.earlierDone();
    String versionState = up ? "the version was not recorded." : "its version stays recorded.";
    String earlier = done + (up ? " earlier migration(s) of this run stay applied and recorded."
        : " earlier rollback(s) of this run stay done, their versions removed.");
    String what;
    boolean handWork;
    switch (e.aftermath()) {
      case RUN_ROLLED_BACK -> {
        handWork = false;
        what = (up ? "Nothing was applied" : "Nothing was rolled back") + " (transaction rolled back"
            + (done == 0 ? "" : ", including the " + done + " migration(s) before it in this run")
            + ").";
      }
      case FILE_ROLLED_BACK -> {
        handWork = false;
        what = "This file was rolled back; " + earlier;
      }
      case RUN_ROLLED_BACK_DDL_KEPT, FILE_ROLLED_BACK_DDL_KEPT -> {
        handWork = !e.linesRun().isEmpty()
            || e.historyNow() != null && !e.historyNow().rolledBack().isEmpty();
        what = "The transaction was rolled back, but " + databaseName + " commits DDL implicitly."
            + (handWork ? linesRun + " may remain applied." : "") + " In the history, " + versionState
            + (e.aftermath() == TxnPolicy.Aftermath.FILE_ROLLED_BACK_DDL_KEPT ? " " + earlier
                : historyNow(e.historyNow()));
      }
      default -> {
        handWork = !e.linesRun().isEmpty();
        what = (e.aftermath() == TxnPolicy.Aftermath.AUTOCOMMITTED ? "Autocommit mode ("
            + words.setting(Setting.TXN_MODE, TxnMode.NONE.label()) + "): "
            : "This file runs outside a transaction: ") + (handWork ? linesRun.trim() + " stay applied; " : "")
            + versionState + " " + earlier;
      }
    }
    if (e.connectionLost()) {
      what = "The connection to the database was lost; the server rolls back whatever transaction was"
          + " open. " + what;
    }
    String next = handWork
        ? "Finish or undo those statements by hand, then fix the file and run " + goal + " again."
        : "Fix the file and run " + goal + " again.";
    if (e.lockSetting().isPresent()) {
      // The file is fine: one transaction cannot hold the locks of this many migrations.
      next = "The file is probably fine: one transaction ran out of lock slots after " + done
          + " migration(s). Run " + goal + " with " + words.option(Setting.TXN_MODE, TxnMode.PER_FILE.label())
          + ", or raise the server's "
          + e.lockSetting().get() + ".";
    }
    return new StatementFailed(e.script().file(), e.line(), e.errorMessage(), what,
        where + "\n" + what + "\n" + next, e.cause());
  }

  /** What the history holds now, compared with before the run; nothing when it could not be read. */
  private static String historyNow(FailureExplanation.HistoryNow now) {
    if (now == null) {
      return "";
    }
    String changes = now.added().isEmpty() && now.removed().isEmpty()
        ? " The history is as it was before this run."
        : (now.added().isEmpty() ? "" : " Versions of this run recorded as applied: "
            + String.join(", ", now.added()) + ".")
            + (now.removed().isEmpty() ? "" : " Versions of this run no longer recorded: "
            + String.join(", ", now.removed()) + ".");
    String ups = files(now.rolledBack(), Direction.UP);
    String downs = files(now.rolledBack(), Direction.DOWN);
    return changes
        + (ups.isEmpty() ? "" : " These migrations of this run ran, but their versions were rolled back, so"
            + " their DDL (and what ran before it) may remain applied: " + ups + ".")
        + (downs.isEmpty() ? "" : " These down scripts of this run ran, but the removal of their versions was"
            + " rolled back, so their DDL (and what ran before it) may remain applied: " + downs + ".");
  }

  private static String files(List<RunResult.Step> steps, Direction direction) {
    return steps.stream().filter(s -> s.direction() == direction).map(RunResult.Step::file)
        .collect(Collectors.joining(", "));
  }
}
