package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.DatabaseError;
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

  /** The failure of a statement, on a database called {@code databaseName}, worded for {@code words}. */
  static StatementFailed render(FailureExplanation e, String databaseName, FrontEnd words) {
    String where = Paths.display(e.script().file()) + " line " + e.line() + ": " + e.databaseMessage();
    Worded text = word(e, where, databaseName, words);
    return new StatementFailed(e.script().file(), e.line(), e.errorMessage(), text.outcome, text.message, e.cause());
  }

  /**
   * The failure of a script's version row, written or deleted after all its statements ran: what
   * stayed applied is said as for a failed statement.
   */
  static DatabaseError renderVersionRow(FailureExplanation e, String databaseName, FrontEnd words) {
    String where = Paths.display(e.script().file()) + ": cannot " + (e.up() ? "record" : "remove")
        + " the version in " + e.historyTable() + ": " + e.databaseMessage();
    return new DatabaseError(word(e, where, databaseName, words).message, e.cause());
  }

  /**
   * A failure to set the session back to the run's start (its search path, role, database) after a
   * script's statements ran, before its version row: said as a failed statement is.
   */
  static DatabaseError renderSessionReset(FailureExplanation e, String databaseName, FrontEnd words) {
    String where = Paths.display(e.script().file()) + ": after its statements, setting the session back to the"
        + " schema, role and database the run started with failed: " + e.databaseMessage();
    return new DatabaseError(word(e, where, databaseName, words).message, e.cause());
  }

  /**
   * A failure to set the run's variables before a script, which then had not started: said as a failed
   * statement is, naming the setting.
   */
  static DatabaseError renderVariables(FailureExplanation e, String databaseName, FrontEnd words) {
    String where = Paths.display(e.script().file()) + ": before it ran, setting the variables of "
        + words.setting(Setting.VARIABLES) + " failed: " + e.databaseMessage();
    return new DatabaseError(word(e, where, databaseName, words).message, e.cause());
  }

  /** What stayed applied and recorded, and the whole message. */
  private record Worded(String outcome, String message) {}

  private static Worded word(FailureExplanation e, String where, String databaseName, FrontEnd words) {
    String goal = words.goal(Goal.of(e.goal()));
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
            + (e.linesRun().isEmpty() ? "" : linesRun + " may remain applied.") + " In the history, " + versionState
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
    String next = e.versionRowFailed() ? versionRowNext(e, handWork, goal, words)
        : handWork ? "Finish or undo those statements by hand, then fix the file and run " + goal + " again."
        : "Fix the file and run " + goal + " again.";
    if (e.lockSetting().isPresent()) {
      // The file is fine: one transaction cannot hold the locks of this many migrations.
      next = "The file is probably fine: one transaction ran out of lock slots after " + done
          + " migration(s). Run " + goal + " with " + words.option(Setting.TXN_MODE, TxnMode.PER_FILE.label())
          + ", or raise the server's "
          + e.lockSetting().get() + ".";
    }
    return new Worded(what, where + "\n" + what + "\n" + next);
  }

  /**
   * The file is fine, the history table refused its row: once it takes it, statements that stayed
   * applied are either finished and the version recorded (or removed) by hand, or undone and run again.
   */
  private static String versionRowNext(FailureExplanation e, boolean handWork, String goal, FrontEnd words) {
    String version = e.script().migration().version();
    String fixTable = "Fix the history table so that it " + (e.up() ? "takes the row" : "lets the row go")
        + " (its column types and character set, constraints, triggers, permissions)";
    if (!handWork) {
      return fixTable + " and run " + goal + " again.";
    }
    String byHand = e.up() ? words.command(Goal.MARK, Setting.VERSION, version)
        : words.command(Goal.UNMARK, Setting.VERSION, version);
    return fixTable + ", then finish or undo those statements by hand: finished, "
        + (e.up() ? "record" : "remove") + " the version with " + byHand + "; undone, run " + goal + " again.";
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
