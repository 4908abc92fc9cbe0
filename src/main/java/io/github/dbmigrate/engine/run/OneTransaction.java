package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.TxnMode;
import io.github.dbmigrate.engine.files.Script;

/** {@code txnMode=all}: every script and version row of the run in one transaction. */
final class OneTransaction extends TxnPolicy {

  @Override
  TxnMode mode() {
    return TxnMode.ALL;
  }

  @Override
  boolean autocommitAtStart() {
    return false;
  }

  @Override
  boolean inTransaction(Script script) {
    return true;
  }

  @Override
  boolean oneTransactionForRun() {
    return true;
  }

  @Override
  boolean batchesVersionRows(boolean transactionalDdl) {
    return transactionalDdl;
  }

  @Override
  Aftermath afterFailure(Script script, boolean transactionalDdl) {
    return transactionalDdl ? Aftermath.RUN_ROLLED_BACK : Aftermath.RUN_ROLLED_BACK_DDL_KEPT;
  }
}
