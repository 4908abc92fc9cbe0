package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.TxnMode;
import io.github.dbmigrate.engine.files.Script;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * {@code txnMode=per-file}: each script and its version row in a transaction of its own, except a
 * {@code .no-db-txn.} script, which runs in autocommit and is recorded right after.
 */
final class TransactionPerFile extends TxnPolicy {

  @Override
  TxnMode mode() {
    return TxnMode.PER_FILE;
  }

  @Override
  boolean autocommitAtStart() {
    return false;
  }

  @Override
  void beforeScript(Connection work, Script script) throws SQLException {
    work.setAutoCommit(!ownTransaction(script));
  }

  @Override
  boolean inTransaction(Script script) {
    return ownTransaction(script);
  }

  @Override
  boolean ownTransaction(Script script) {
    return !script.noDbTxn();
  }

  @Override
  Aftermath afterFailure(Script script, boolean transactionalDdl) {
    if (!inTransaction(script)) {
      return Aftermath.FILE_OUTSIDE_TRANSACTION;
    }
    return transactionalDdl ? Aftermath.FILE_ROLLED_BACK : Aftermath.FILE_ROLLED_BACK_DDL_KEPT;
  }
}
