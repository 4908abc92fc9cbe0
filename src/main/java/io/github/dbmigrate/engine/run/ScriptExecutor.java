package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.DatabaseError;
import io.github.dbmigrate.engine.DbMigrateException;
import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.EngineEvent.Level;
import io.github.dbmigrate.engine.EngineEvent.MigrationRan;
import io.github.dbmigrate.engine.EngineEvent.MigrationRecorded;
import io.github.dbmigrate.engine.EngineEvent.Note;
import io.github.dbmigrate.engine.EngineListener;
import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.Goal;
import io.github.dbmigrate.engine.Paths;
import io.github.dbmigrate.engine.Refused;
import io.github.dbmigrate.engine.Setting;
import io.github.dbmigrate.engine.StatementFailed;
import io.github.dbmigrate.engine.TxnMode;
import io.github.dbmigrate.engine.dialect.Dialect;
import io.github.dbmigrate.engine.files.Direction;
import io.github.dbmigrate.engine.files.Script;
import io.github.dbmigrate.engine.history.AppliedVersion;
import io.github.dbmigrate.engine.history.HistoryTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Runs scripts in the chosen transaction mode, writing or deleting each version row on the same
 * connection and in the same transaction as its script, and explains a failure precisely.
 */
final class ScriptExecutor implements Execution {

  private final Dialect dialect;
  private final HistoryTable history;
  private final HistoryWriter historyWriter;
  private final EngineConfig config;
  private final EngineListener listener;
  private final ScriptRunner runner;
  private final TxnPolicy policy;
  private String goal;

  /** Runs scripts on the connection {@code historyWriter} writes on; {@code history} is read for messages. */
  ScriptExecutor(Dialect dialect, HistoryTable history, HistoryWriter historyWriter, EngineConfig config,
      EngineListener listener) {
    this.dialect = dialect;
    this.history = history;
    this.historyWriter = historyWriter;
    this.config = config;
    this.listener = listener;
    this.runner = new ScriptRunner(dialect);
    this.policy = TxnPolicy.of(config.options().txnMode());
  }

  /** The goal to name in "run ... again" (redo runs down and up scripts in one call). */
  ScriptExecutor forGoal(String goalName) {
    this.goal = goalName;
    return this;
  }

  /** A run in mode all cannot hold scripts that must run outside a transaction; said before anything runs. */
  static void refuseNoTxnInModeAll(TxnMode mode, List<Script> scripts, FrontEnd words) {
    List<String> noTxn = scripts.stream().filter(Script::noDbTxn).map(Script::fileName).toList();
    if (mode == TxnMode.ALL && !noTxn.isEmpty()) {
      throw new Refused(noTxn, "These scripts must run outside a transaction, which "
          + words.setting(Setting.TXN_MODE, TxnMode.ALL.label()) + " cannot do: " + String.join(", ", noTxn)
          + ". Nothing was run. Use " + words.option(Setting.TXN_MODE, TxnMode.PER_FILE.label()) + ".");
    }
  }

  @Override
  public List<RunResult.Step> run(Connection work, List<Script> scripts, Map<String, AppliedVersion> before)
      throws SQLException {
    refuseNoTxnInModeAll(policy.mode(), scripts, config.frontEnd());
    if (!dialect.execution().transactionalDdl() && policy.warnsOfImplicitDdlCommit()) {
      listener.on(new Note(config.target().name(), Level.WARN, dialect.name() + " commits DDL implicitly: if a"
          + " migration fails, statements that already ran may stay applied."));
    }
    List<RunResult.Step> done = new ArrayList<>();
    // In one transaction that DDL cannot commit, a version row may wait for the commit and go in one
    // batch with the others: a round trip per migration saved, and the rows still commit (or roll
    // back) with the scripts. A script's own COMMIT or ROLLBACK writes the waiting rows first.
    List<AppliedVersion> unrecorded = policy.batchesVersionRows(dialect.execution().transactionalDdl())
        ? new ArrayList<>() : null;
    ScriptRunner.BeforeTransactionControl recordWaitingRows = () -> recordAll(unrecorded);
    work.setAutoCommit(policy.autocommitAtStart());
    for (Script script : scripts) {
      boolean ownTransaction = policy.ownTransaction(script);
      policy.beforeScript(work, script);
      long start = System.nanoTime();
      String commitFailed = script.fileName() + ": committing it failed";
      String fileRolledBack = done.size() + " earlier migration(s) of this run stay applied and"
          + " recorded; this file was rolled back.";
      try {
        // In its own transaction, a migration's version row and COMMIT may follow its last
        // statements in one flight: on PostgreSQL, one round trip per migration instead of four.
        boolean pipelined = pipelined(script);
        ScriptRunner.Ran ran = runner.run(work, script, recordWaitingRows, pipelined, pipelined && ownTransaction
            ? checksum -> versionRowAndCommit(script, checksum) : ScriptRunner.Tail.NONE);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (!ran.tailRan()) {
          record(script, ran.checksum(), took, unrecorded);
          if (ownTransaction) {
            commit(work, commitFailed, fileRolledBack);
          }
        }
        RunResult.Step step = new RunResult.Step(script.migration().version(), script.migration().name(),
            script.fileName(), took);
        done.add(step);
        if (!policy.oneTransactionForRun()) {
          recorded(step); // in one transaction, a step counts only once the run's transaction commits
        }
        listener.on(new MigrationRan(config.target().name(), step.version(), step.name(), step.file(),
            script.direction(), took));
      } catch (StatementFailedException e) {
        rollbackQuietly(work);
        throw failure(e, done, before, work);
      } catch (ScriptRunner.TailFailedException e) {
        rollbackQuietly(work);
        throw e.entry == 0 ? versionRowFailed(script, e.reason)
            : commitFailed(commitFailed, fileRolledBack, e.reason);
      } catch (SQLException e) {
        rollbackQuietly(work);
        throw versionRowFailed(script, e);
      } catch (RuntimeException e) {
        rollbackQuietly(work);
        throw e;
      }
    }
    if (policy.oneTransactionForRun()) {
      String nothingApplied = "Nothing of this run was applied"
          + (dialect.execution().transactionalDdl() ? "" : " except DDL, which " + dialect.name() + " commits as it runs")
          + " (transaction rolled back).";
      try {
        recordAll(unrecorded);
      } catch (SQLException e) {
        rollbackQuietly(work);
        throw new DatabaseError("Cannot record the versions of this run in "
            + history.name() + ": " + databaseMessage(dialect, e) + "\n" + nothingApplied
            + "\nFix the cause (the table's columns, its permissions) and run again.", e);
      }
      commit(work, "Committing the run's transaction failed", nothingApplied);
      done.forEach(this::recorded);
    }
    work.setAutoCommit(true);
    return done;
  }

  /** Tells the listener that a script's version row is committed. */
  private void recorded(RunResult.Step step) {
    listener.on(new MigrationRecorded(config.target().name(), step.version(), step.name(), step.file(),
        step.direction(), step.took()));
  }

  /** Batches run in the open transaction only: outside one, a batch is a transaction of its own. */
  private boolean pipelined(Script script) {
    return dialect.execution().pipelinesBatches() && policy.inTransaction(script);
  }

  /** Commits, or rolls back and says what failed, what was rolled back and what to do. */
  private void commit(Connection work, String what, String rolledBack) {
    try {
      work.commit();
    } catch (SQLException e) {
      rollbackQuietly(work);
      throw commitFailed(what, rolledBack, e);
    }
  }

  private DbMigrateException commitFailed(String what, String rolledBack, SQLException e) {
    return new DatabaseError(what + ": " + databaseMessage(dialect, e)
        + "\n" + rolledBack + "\nA deferred constraint or a lost connection fails at commit; fix the"
        + " cause and run again.", e);
  }

  private DbMigrateException versionRowFailed(Script script, SQLException e) {
    return new DatabaseError(script.fileName() + ": cannot "
        + (script.direction() == Direction.UP ? "record" : "remove") + " the version in "
        + history.name() + ": " + e.getMessage() + " (SQLSTATE " + e.getSQLState() + ")."
        + " The script's transaction was rolled back where the mode has one.", e);
  }

  /**
   * The version row's statement and COMMIT, as SQL to send after the script; none where the row
   * cannot be written as literals (the script then records and commits the usual way).
   */
  private List<String> versionRowAndCommit(Script script, String checksum) {
    String version = script.migration().version();
    Optional<String> row = script.direction() == Direction.UP
        ? history.literalInsert(upRow(script, checksum, null), dialect.execution().transactionElapsedMillis())
        : Optional.of(history.describeDelete(version));
    return row.map(sql -> List.of(sql, "COMMIT")).orElse(List.of());
  }

  private AppliedVersion upRow(Script script, String checksum, Long executionMs) {
    return new AppliedVersion(script.migration().version(), script.migration().name(), checksum, null,
        executionMs, config.target().appliedBy(), config.target().environment());
  }

  /** Records or removes the script's version now, or adds its row to {@code unrecorded} when given. */
  private void record(Script script, String checksum, Duration took,
      List<AppliedVersion> unrecorded) throws SQLException {
    String version = script.migration().version();
    if (script.direction() == Direction.UP) {
      AppliedVersion row = upRow(script, checksum, took.toMillis());
      if (unrecorded != null) {
        unrecorded.add(row);
      } else {
        historyWriter.record(row);
      }
    } else {
      historyWriter.delete(version);
    }
  }

  private void recordAll(List<AppliedVersion> unrecorded) throws SQLException {
    if (unrecorded != null && !unrecorded.isEmpty()) {
      historyWriter.recordAll(unrecorded);
      unrecorded.clear();
    }
  }

  private StatementFailed failure(StatementFailedException e, List<RunResult.Step> done,
      Map<String, AppliedVersion> before, Connection work) {
    Script script = e.script;
    FrontEnd words = config.frontEnd();
    String goal = words.goal(Goal.of(this.goal != null ? this.goal : script.direction().label()));
    String where = Paths.display(script.file()) + " line " + e.line + ": " + databaseMessage(dialect, e.sqlException);
    String linesRun = e.linesRun.isEmpty() ? "" : " Statements of this file that had already run"
        + " (starting on lines " + e.linesRun.stream().map(String::valueOf).collect(Collectors.joining(", "))
        + ")";
    boolean up = script.direction() == Direction.UP;
    String versionState = up ? "the version was not recorded." : "its version stays recorded.";
    String earlier = done.size() + (up ? " earlier migration(s) of this run stay applied and recorded."
        : " earlier rollback(s) of this run stay done, their versions removed.");
    TxnPolicy.Aftermath aftermath = policy.afterFailure(script, dialect.execution().transactionalDdl());
    String what;
    boolean handWork;
    switch (aftermath) {
      case RUN_ROLLED_BACK, FILE_ROLLED_BACK -> {
        handWork = false;
        what = aftermath == TxnPolicy.Aftermath.RUN_ROLLED_BACK
            ? (up ? "Nothing was applied" : "Nothing was rolled back") + " (transaction rolled back"
                + (done.isEmpty() ? "" : ", including the " + done.size() + " migration(s) before it in this run")
                + ")."
            : "This file was rolled back; " + earlier;
      }
      case RUN_ROLLED_BACK_DDL_KEPT, FILE_ROLLED_BACK_DDL_KEPT -> {
        handWork = !e.linesRun.isEmpty();
        what = "The transaction was rolled back, but " + dialect.name() + " commits DDL implicitly."
            + (handWork ? linesRun + " may remain applied." : "") + " In the history, " + versionState
            + (aftermath == TxnPolicy.Aftermath.FILE_ROLLED_BACK_DDL_KEPT ? " " + earlier : recordedNow(work, before));
      }
      default -> {
        handWork = !e.linesRun.isEmpty();
        what = (aftermath == TxnPolicy.Aftermath.AUTOCOMMITTED ? "Autocommit mode ("
            + words.setting(Setting.TXN_MODE, policy.mode().label()) + "): "
            : "This file runs outside a transaction: ") + (handWork ? linesRun.trim() + " stay applied; " : "")
            + versionState + " " + earlier;
      }
    }
    if (e.sqlException.getSQLState() != null && e.sqlException.getSQLState().startsWith("08")) {
      what = "The connection to the database was lost; the server rolls back whatever transaction was"
          + " open. " + what;
    }
    String next = handWork
        ? "Finish or undo those statements by hand, then fix the file and run " + goal + " again."
        : "Fix the file and run " + goal + " again.";
    Optional<String> setting = policy.oneTransactionForRun() ? dialect.errors().lockTableFull(e.sqlException) : Optional.empty();
    if (setting.isPresent()) {
      // The file is fine: one transaction cannot hold the locks of this many migrations.
      next = "The file is probably fine: one transaction ran out of lock slots after " + done.size()
          + " migration(s). Run " + goal + " with " + words.option(Setting.TXN_MODE, TxnMode.PER_FILE.label())
          + ", or raise the server's "
          + setting.get() + ".";
    }
    return new StatementFailed(script.file(), e.line, dialect.errors().errorMessage(e.sqlException), what,
        where + "\n" + what + "\n" + next, e.sqlException);
  }

  private String recordedNow(Connection work, Map<String, AppliedVersion> before) {
    try {
      work.setAutoCommit(true);
      Map<String, AppliedVersion> now = history.read(work);
      List<String> added = now.keySet().stream().filter(v -> !before.containsKey(v)).toList();
      List<String> removed = before.keySet().stream().filter(v -> !now.containsKey(v)).toList();
      if (added.isEmpty() && removed.isEmpty()) {
        return " The history is as it was before this run.";
      }
      return (added.isEmpty() ? "" : " Versions of this run recorded as applied: " + String.join(", ", added) + ".")
          + (removed.isEmpty() ? "" : " Versions of this run no longer recorded: " + String.join(", ", removed) + ".");
    } catch (RuntimeException | SQLException ex) {
      return "";
    }
  }

  static String databaseMessage(Dialect dialect, SQLException e) {
    String message = dialect.errors().errorMessage(e);
    message = message.replaceAll("\\s*\\n\\s*", "; ");
    String state = e.getSQLState();
    return message + (state == null || message.contains(state) ? "" : " (SQLSTATE " + state + ")");
  }

  private static void rollbackQuietly(Connection work) {
    try {
      if (!work.getAutoCommit()) {
        work.rollback();
      }
    } catch (SQLException e) {
      // the connection is gone; the server rolls the transaction back itself
    }
  }
}
