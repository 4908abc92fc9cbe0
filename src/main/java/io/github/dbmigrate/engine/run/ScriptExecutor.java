package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.DatabaseError;
import io.github.dbmigrate.engine.DbMigrateException;
import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.Goal;
import io.github.dbmigrate.engine.LockLost;
import io.github.dbmigrate.engine.Refused;
import io.github.dbmigrate.engine.Setting;
import io.github.dbmigrate.engine.StatementFailed;
import io.github.dbmigrate.engine.TxnMode;
import io.github.dbmigrate.engine.db.SqlStates;
import io.github.dbmigrate.engine.dialect.Dialect;
import io.github.dbmigrate.engine.event.EngineEvent.Level;
import io.github.dbmigrate.engine.event.EngineListener;
import io.github.dbmigrate.engine.event.MigrationRan;
import io.github.dbmigrate.engine.event.MigrationRecorded;
import io.github.dbmigrate.engine.event.MigrationStarting;
import io.github.dbmigrate.engine.event.Note;
import io.github.dbmigrate.engine.event.RunCommitted;
import io.github.dbmigrate.engine.event.RunPlanned;
import io.github.dbmigrate.engine.files.Direction;
import io.github.dbmigrate.engine.files.Script;
import io.github.dbmigrate.engine.history.AppliedVersion;
import io.github.dbmigrate.engine.history.HistoryTable;
import io.github.dbmigrate.engine.session.SessionState;
import io.github.dbmigrate.engine.sql.SplitRules;
import io.github.dbmigrate.engine.validate.OwnTransactionControl;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

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
  /** Why the run's lock is no longer held; empty while it is. */
  private final Supplier<Optional<String>> lockLost;
  private final SessionState.Saved startingState;
  private String goal;

  /**
   * Runs scripts on the connection {@code historyWriter} writes on, each from {@code startingState}
   * (the session as the run found it); {@code history} is read for messages.
   */
  ScriptExecutor(Dialect dialect, HistoryTable history, HistoryWriter historyWriter, EngineConfig config,
      EngineListener listener, Supplier<Optional<String>> lockLost, SessionState.Saved startingState) {
    this.startingState = startingState;
    this.dialect = dialect;
    this.history = history;
    this.historyWriter = historyWriter;
    this.config = config;
    this.listener = listener;
    this.runner = new ScriptRunner(dialect);
    this.policy = TxnPolicy.of(TxnModeChoice.of(config.options(), dialect).mode());
    this.lockLost = lockLost;
  }

  /** The goal to name in "run ... again" (redo runs down and up scripts in one call). */
  ScriptExecutor forGoal(String goalName) {
    this.goal = goalName;
    return this;
  }

  /**
   * What stops a run before anything runs: in mode all a script that must run outside a transaction,
   * and a script that controls its own transaction (unless it is {@code .no-db-txn.}), which costs
   * one more read of each script.
   */
  static void refuseBeforeRunning(Dialect dialect, SplitRules rules, TxnMode mode, List<Script> scripts,
      FrontEnd words) {
    refuseNoTxnInModeAll(mode, scripts, words);
    new OwnTransactionControl(dialect.syntax()).refuse(scripts, rules);
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
    refuseBeforeRunning(dialect, dialect.syntax().splitRules(work), policy.mode(), scripts, config.frontEnd());
    if (!dialect.execution().transactionalDdl() && policy.warnsOfImplicitDdlCommit()) {
      listener.on(new Note(config.target().name(), Level.WARN, dialect.name() + " commits DDL implicitly: if a"
          + " migration fails, statements that already ran may stay applied."));
    }
    List<RunResult.Step> done = new ArrayList<>();
    // In one transaction that DDL cannot commit, a version row may wait for the commit and go in one
    // batch with the others: a round trip per migration saved, and the rows still commit (or roll
    // back) with the scripts.
    List<AppliedVersion> unrecorded = policy.batchesVersionRows(dialect.execution().transactionalDdl())
        ? new ArrayList<>() : null;
    work.setAutoCommit(policy.autocommitAtStart());
    String target = config.target().name();
    int toRollBack = (int) scripts.stream().filter(s -> s.direction() == Direction.DOWN).count();
    int toApply = scripts.size() - toRollBack;
    listener.on(new RunPlanned(target, toApply, toRollBack));
    for (Script script : scripts) {
      stopIfLockLost(work, script.fileName(), done);
      listener.on(new MigrationStarting(target, script.fileName(), script.direction(), done.size() + 1,
          scripts.size()));
      boolean ownTransaction = policy.ownTransaction(script);
      policy.beforeScript(work, script);
      setVariables(work, script, done, before);
      long start = System.nanoTime();
      String commitFailed = script.fileName() + ": committing it failed";
      String fileRolledBack = done.size() + " earlier migration(s) of this run stay applied and"
          + " recorded; this file was rolled back.";
      ScriptRunner.Ran ran = null;
      try {
        // In its own transaction, a migration's version row and COMMIT may follow its last
        // statements in one flight: on PostgreSQL, one round trip per migration instead of four.
        boolean pipelined = pipelined(script);
        ran = runner.run(work, script, startingState, pipelined, pipelined && ownTransaction
            ? checksum -> versionRowAndCommit(script, checksum) : ScriptRunner.Tail.NONE);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (!ran.tailRan()) {
          record(script, ran.checksum(), took, unrecorded, before);
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
        listener.on(new MigrationRan(target, step.version(), step.name(), step.file(),
            script.direction(), took, policy.oneTransactionForRun()));
      } catch (StatementFailedException e) {
        rollbackQuietly(work);
        throw failure(e, done, before, work);
      } catch (ScriptRunner.ResetFailedException e) {
        rollbackQuietly(work);
        throw resetFailed(script, e.reason, e.linesRun, done, before, work);
      } catch (ScriptRunner.TailFailedException e) {
        rollbackQuietly(work);
        throw e.entry == 0 ? versionRowFailed(script, e.reason, e.linesRun, done, before, work)
            : commitFailed(commitFailed, fileRolledBack, e.reason);
      } catch (SQLException e) {
        rollbackQuietly(work);
        throw versionRowFailed(script, e, ran == null ? List.of() : ran.linesRun(), done, before, work);
      } catch (RuntimeException e) {
        rollbackQuietly(work);
        throw e;
      }
    }
    if (policy.oneTransactionForRun()) {
      String nothingApplied = "Nothing of this run was applied"
          + (dialect.execution().transactionalDdl() ? "" : " except DDL, which " + dialect.name() + " commits as it runs")
          + " (transaction rolled back).";
      stopIfLockLost(work, "the commit of this run", done);
      try {
        recordAll(unrecorded);
      } catch (SQLException e) {
        rollbackQuietly(work);
        throw new DatabaseError("Cannot record the versions of this run in "
            + history.name() + ": " + databaseMessage(dialect, e) + "\n" + nothingApplied
            + "\nFix the cause (the table's columns, its permissions) and run again.", e);
      }
      commit(work, "Committing the run's transaction failed", nothingApplied);
      listener.on(new RunCommitted(target, toApply, toRollBack));
      done.forEach(this::recorded);
    }
    work.setAutoCommit(true);
    return done;
  }

  /**
   * Stops before {@code next} (a migration, or the run's commit) when the lock is gone: another run
   * may have taken it and be migrating now. What this run applied stays as its mode left it.
   */
  private void stopIfLockLost(Connection work, String next, List<RunResult.Step> done) {
    Optional<String> why = lockLost.get();
    if (why.isEmpty()) {
      return;
    }
    rollbackQuietly(work);
    List<String> applied = policy.oneTransactionForRun() ? List.of()
        : done.stream().map(RunResult.Step::version).toList();
    String left = policy.oneTransactionForRun()
        ? "Nothing of this run was applied" + (dialect.execution().transactionalDdl() ? ""
            : " except DDL, which " + dialect.name() + " commits as it runs") + " (transaction rolled back)."
        : applied.isEmpty() ? "No migration of this run had run."
        : applied.size() + " migration(s) of this run stay applied and recorded: " + String.join(", ", applied) + ".";
    throw new LockLost(next, applied, "Stopped before " + next + ": the migration lock is no longer held ("
        + why.get() + "). Another run may be migrating this database now.\n" + left
        + "\nCheck what is applied with " + config.frontEnd().goal(Goal.STATUS) + " once no other run is"
        + " migrating, then run " + config.frontEnd().goal(Goal.of(goal != null ? goal : "up")) + " again."
        + " A server setting that ends idle sessions (wait_timeout, idle_session_timeout) or a killed"
        + " session ends the lock.", null);
  }

  /** Tells the listener that a script's version row is committed. */
  private void recorded(RunResult.Step step) {
    listener.on(new MigrationRecorded(config.target().name(), step.version(), step.name(), step.file(),
        step.direction(), step.took()));
  }

  /**
   * Sets the run's variables before each script, in the transaction it runs in: whatever an earlier
   * script did to them ({@code RESET ALL}, its own {@code SET @dbmigrate_x}), each starts with the
   * run's values. Nothing is sent when the run has none (except on SQLite, see its class).
   */
  private void setVariables(Connection work, Script script, List<RunResult.Step> done,
      Map<String, AppliedVersion> before) {
    try {
      dialect.session().variables().set(work, config.target().variables());
    } catch (SQLException e) {
      rollbackQuietly(work);
      throw FailureMessage.renderVariables(explain(script, 0, e, List.of(), done, before, work, null),
          dialect.name(), config.frontEnd());
    }
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

  /** The script's statements on {@code linesRun} ran, then writing or deleting its version row failed. */
  private DbMigrateException versionRowFailed(Script script, SQLException e, List<Integer> linesRun,
      List<RunResult.Step> done, Map<String, AppliedVersion> before, Connection work) {
    return FailureMessage.renderVersionRow(explain(script, 0, e, linesRun, done, before, work, history.name().toString()),
        dialect.name(), config.frontEnd());
  }

  /** Setting the session back to the run's start failed after the statements on {@code linesRun}. */
  private DbMigrateException resetFailed(Script script, SQLException e, List<Integer> linesRun,
      List<RunResult.Step> done, Map<String, AppliedVersion> before, Connection work) {
    return FailureMessage.renderSessionReset(explain(script, 0, e, linesRun, done, before, work, null),
        dialect.name(), config.frontEnd());
  }

  /**
   * The version row's statement and COMMIT, as SQL to send after the script; none where the row
   * cannot be written as literals, and none for a down script, whose DELETE must be seen to remove its
   * row (the script then records and commits the usual way).
   */
  private List<String> versionRowAndCommit(Script script, String checksum) {
    Optional<String> row = script.direction() == Direction.UP
        ? history.literalInsert(upRow(script, checksum, null), dialect.execution().transactionElapsedMillis())
        : Optional.empty();
    return row.map(sql -> List.of(sql, "COMMIT")).orElse(List.of());
  }

  private AppliedVersion upRow(Script script, String checksum, Long executionMs) {
    return new AppliedVersion(script.migration().version(), script.migration().name(), checksum, null,
        executionMs, config.target().appliedBy(), config.target().environment());
  }

  /** Records or removes the script's version now, or adds its row to {@code unrecorded} when given. */
  private void record(Script script, String checksum, Duration took,
      List<AppliedVersion> unrecorded, Map<String, AppliedVersion> before) throws SQLException {
    String version = script.migration().version();
    if (script.direction() == Direction.UP) {
      AppliedVersion row = upRow(script, checksum, took.toMillis());
      if (unrecorded != null) {
        unrecorded.add(row);
      } else {
        historyWriter.record(row);
      }
    } else {
      historyWriter.delete(before.get(version));
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
    return FailureMessage.render(explain(e.script, e.line, e.sqlException, e.linesRun, done, before, work, null),
        dialect.name(), config.frontEnd());
  }

  /**
   * What the failure left behind: the mode's aftermath and, where it may have changed, the history;
   * {@code historyTable} is set when the version row failed rather than a statement.
   */
  private FailureExplanation explain(Script script, int line, SQLException cause, List<Integer> linesRun,
      List<RunResult.Step> done, Map<String, AppliedVersion> before, Connection work, String historyTable) {
    String message = databaseMessage(dialect, cause);
    String errorMessage = dialect.errors().errorMessage(cause);
    TxnPolicy.Aftermath aftermath = policy.afterFailure(script, dialect.execution().transactionalDdl());
    // Only there can DDL have committed rows of this run that the rollback could not take back.
    FailureExplanation.HistoryNow now = aftermath == TxnPolicy.Aftermath.RUN_ROLLED_BACK_DDL_KEPT
        ? historyNow(work, before, done) : null;
    Optional<String> setting = policy.oneTransactionForRun()
        ? dialect.errors().lockTableFull(cause) : Optional.empty();
    return new FailureExplanation(script, line, message, errorMessage, cause, aftermath, linesRun, done.size(),
        now, setting, this.goal != null ? this.goal : script.direction().label(), historyTable);
  }

  /**
   * How the history differs from {@code before}, and which of the scripts {@code done} lost their
   * change to it; null when it cannot be read.
   */
  private FailureExplanation.HistoryNow historyNow(Connection work, Map<String, AppliedVersion> before,
      List<RunResult.Step> done) {
    try {
      work.setAutoCommit(true);
      Map<String, AppliedVersion> now = history.read(work);
      List<String> added = now.keySet().stream().filter(v -> !before.containsKey(v)).toList();
      List<String> removed = before.keySet().stream().filter(v -> !now.containsKey(v)).toList();
      List<RunResult.Step> rolledBack = done.stream()
          .filter(step -> now.containsKey(step.version()) != (step.direction() == Direction.UP)).toList();
      return new FailureExplanation.HistoryNow(added, removed, rolledBack);
    } catch (RuntimeException | SQLException ex) {
      return null;
    }
  }

  static String databaseMessage(Dialect dialect, SQLException e) {
    String message = dialect.errors().errorMessage(e);
    message = message.replaceAll("\\s*\\n\\s*", "; ");
    return SqlStates.append(message, e);
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
