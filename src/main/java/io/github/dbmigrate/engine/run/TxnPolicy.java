package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.TxnMode;
import io.github.dbmigrate.engine.files.Script;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * What a {@link TxnMode} means for running scripts: which transaction a script runs in, when version
 * rows commit, and what a failure leaves behind. {@link ScriptExecutor} asks its policy instead of
 * switching on the mode.
 */
abstract sealed class TxnPolicy permits OneTransaction, TransactionPerFile, Autocommit {

  /** What a failed script leaves behind, by the transaction it ran in. */
  enum Aftermath {
    /** The run's one transaction rolled back everything. */
    RUN_ROLLED_BACK,
    /** The file's own transaction rolled it back; earlier files stay. */
    FILE_ROLLED_BACK,
    /** The run's transaction rolled back, but DDL that ran is committed. */
    RUN_ROLLED_BACK_DDL_KEPT,
    /** The file's transaction rolled back, but DDL that ran is committed. */
    FILE_ROLLED_BACK_DDL_KEPT,
    /** Every statement committed as it ran. */
    AUTOCOMMITTED,
    /** The file ran outside a transaction (a {@code .no-db-txn.} script in mode per-file). */
    FILE_OUTSIDE_TRANSACTION
  }

  /** The policy of {@code mode}. */
  static TxnPolicy of(TxnMode mode) {
    return switch (mode) {
      case ALL -> new OneTransaction();
      case PER_FILE -> new TransactionPerFile();
      case NONE -> new Autocommit();
    };
  }

  /** The mode this policy carries out. */
  abstract TxnMode mode();

  /** The work connection's autocommit before the first script. */
  abstract boolean autocommitAtStart();

  /** Sets the work connection up for {@code script}, before it runs. */
  void beforeScript(Connection work, Script script) throws SQLException {
    // the connection stays as the run set it
  }

  /** Whether {@code script} runs inside a transaction, its own or the run's. */
  abstract boolean inTransaction(Script script);

  /** Whether {@code script} has a transaction of its own, committed with its version row. */
  boolean ownTransaction(Script script) {
    return false;
  }

  /** Whether every script and version row commit together at the end of the run. */
  boolean oneTransactionForRun() {
    return false;
  }

  /**
   * Whether version rows may wait for the run's commit and go in one batch: only in one transaction
   * that DDL cannot commit, so the rows still commit (or roll back) with the scripts.
   */
  boolean batchesVersionRows(boolean transactionalDdl) {
    return false;
  }

  /** Whether a database that commits DDL implicitly deserves a warning before the run. */
  boolean warnsOfImplicitDdlCommit() {
    return true;
  }

  /** What a failure of {@code script} leaves behind. */
  abstract Aftermath afterFailure(Script script, boolean transactionalDdl);
}
