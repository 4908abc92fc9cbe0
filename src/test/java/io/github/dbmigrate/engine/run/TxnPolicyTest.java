package io.github.dbmigrate.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dbmigrate.engine.TxnMode;
import io.github.dbmigrate.engine.files.Direction;
import io.github.dbmigrate.engine.files.Migration;
import io.github.dbmigrate.engine.files.Script;
import io.github.dbmigrate.engine.run.TxnPolicy.Aftermath;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TxnPolicyTest {

  private static Script script(boolean noDbTxn) {
    return new Migration("20260101000000", "m", Path.of("20260101000000_m.up.sql"), noDbTxn, null, false)
        .script(Direction.UP);
  }

  private final Script plain = script(false);
  private final Script noTxn = script(true);

  @Test
  void modeAllRunsEveryScriptInTheRunsOneTransaction() {
    TxnPolicy all = TxnPolicy.of(TxnMode.ALL);
    assertThat(all.mode()).isEqualTo(TxnMode.ALL);
    assertThat(all.autocommitAtStart()).isFalse();
    assertThat(all.inTransaction(plain)).isTrue();
    assertThat(all.ownTransaction(plain)).isFalse();
    assertThat(all.oneTransactionForRun()).isTrue();
    assertThat(all.batchesVersionRows(true)).isTrue();
    assertThat(all.batchesVersionRows(false)).isFalse();
    assertThat(all.warnsOfImplicitDdlCommit()).isTrue();
    assertThat(all.afterFailure(plain, true)).isEqualTo(Aftermath.RUN_ROLLED_BACK);
    assertThat(all.afterFailure(plain, false)).isEqualTo(Aftermath.RUN_ROLLED_BACK_DDL_KEPT);
  }

  @Test
  void modePerFileGivesEachScriptItsOwnTransactionUnlessMarkedNoDbTxn() {
    TxnPolicy perFile = TxnPolicy.of(TxnMode.PER_FILE);
    assertThat(perFile.mode()).isEqualTo(TxnMode.PER_FILE);
    assertThat(perFile.inTransaction(plain)).isTrue();
    assertThat(perFile.ownTransaction(plain)).isTrue();
    assertThat(perFile.inTransaction(noTxn)).isFalse();
    assertThat(perFile.ownTransaction(noTxn)).isFalse();
    assertThat(perFile.oneTransactionForRun()).isFalse();
    assertThat(perFile.batchesVersionRows(true)).isFalse();
    assertThat(perFile.warnsOfImplicitDdlCommit()).isTrue();
    assertThat(perFile.afterFailure(plain, true)).isEqualTo(Aftermath.FILE_ROLLED_BACK);
    assertThat(perFile.afterFailure(plain, false)).isEqualTo(Aftermath.FILE_ROLLED_BACK_DDL_KEPT);
    assertThat(perFile.afterFailure(noTxn, true)).isEqualTo(Aftermath.FILE_OUTSIDE_TRANSACTION);
  }

  @Test
  void modeNoneAutocommitsEverything() {
    TxnPolicy none = TxnPolicy.of(TxnMode.NONE);
    assertThat(none.mode()).isEqualTo(TxnMode.NONE);
    assertThat(none.autocommitAtStart()).isTrue();
    assertThat(none.inTransaction(plain)).isFalse();
    assertThat(none.ownTransaction(plain)).isFalse();
    assertThat(none.oneTransactionForRun()).isFalse();
    assertThat(none.batchesVersionRows(true)).isFalse();
    assertThat(none.warnsOfImplicitDdlCommit()).isFalse();
    assertThat(none.afterFailure(plain, false)).isEqualTo(Aftermath.AUTOCOMMITTED);
  }
}
