package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.TxnMode;
import io.github.dbmigrate.engine.files.Script;

/** {@code txnMode=none}: every statement and version row commits as it runs. */
final class Autocommit extends TxnPolicy {

  @Override
  TxnMode mode() {
    return TxnMode.NONE;
  }

  @Override
  boolean autocommitAtStart() {
    return true;
  }

  @Override
  boolean inTransaction(Script script) {
    return false;
  }

  @Override
  boolean warnsOfImplicitDdlCommit() {
    return false;
  }

  @Override
  Aftermath afterFailure(Script script, boolean transactionalDdl) {
    return Aftermath.AUTOCOMMITTED;
  }
}
