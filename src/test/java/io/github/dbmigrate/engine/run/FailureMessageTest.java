package io.github.dbmigrate.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dbmigrate.engine.files.Direction;
import io.github.dbmigrate.engine.files.Migration;
import io.github.dbmigrate.engine.files.Script;
import io.github.dbmigrate.engine.run.FailureExplanation.HistoryNow;
import io.github.dbmigrate.engine.run.TxnPolicy.Aftermath;
import io.github.dbmigrate.maven.MavenFrontEnd;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FailureMessageTest {

  private static final Script UP = new Migration("20260101000000", "m", Path.of("20260101000000_m.up.sql"),
      false, Path.of("20260101000000_m.down.sql"), false).script(Direction.UP);

  private static FailureExplanation failed(Aftermath aftermath, List<Integer> linesRun, int earlier,
      HistoryNow now, String sqlState, Optional<String> lockSetting) {
    return new FailureExplanation(UP, 4, "boom (SQLSTATE " + sqlState + ")",
        "boom", new SQLException("boom", sqlState), aftermath, linesRun, earlier, now, lockSetting, "up", null);
  }

  private static String render(FailureExplanation failure, String databaseName) {
    return FailureMessage.render(failure, databaseName, MavenFrontEnd.INSTANCE).getMessage();
  }

  @Test
  void aRolledBackRunSaysNothingWasAppliedAndWhatToDo() {
    assertThat(render(failed(Aftermath.RUN_ROLLED_BACK, List.of(1), 2, null, "42P07",
        Optional.empty()), "PostgreSQL")).isEqualTo("20260101000000_m.up.sql line 4: boom (SQLSTATE 42P07)\n"
            + "Nothing was applied (transaction rolled back, including the 2 migration(s) before it in this run).\n"
            + "Fix the file and run dbmigrate:up again.");
  }

  @Test
  void committedDdlAsksForHandWorkAndNamesTheHistoryAsReadAfterwards() {
    String message = render(failed(Aftermath.RUN_ROLLED_BACK_DDL_KEPT, List.of(1, 3), 0,
        new HistoryNow(List.of("20250101000000"), List.of(), List.of()), "42S01", Optional.empty()), "MariaDB");
    assertThat(message).isEqualTo("20260101000000_m.up.sql line 4: boom (SQLSTATE 42S01)\n"
        + "The transaction was rolled back, but MariaDB commits DDL implicitly. Statements of this file that"
        + " had already run (starting on lines 1, 3) may remain applied. In the history, the version was not"
        + " recorded. Versions of this run recorded as applied: 20250101000000.\n"
        + "Finish or undo those statements by hand, then fix the file and run dbmigrate:up again.");
  }

  @Test
  void aLostConnectionAndAFullLockTableAreSaid() {
    String message = render(failed(Aftermath.AUTOCOMMITTED, List.of(), 1, null, "08006",
        Optional.of("max_locks_per_transaction")), "PostgreSQL");
    assertThat(message).isEqualTo("20260101000000_m.up.sql line 4: boom (SQLSTATE 08006)\n"
        + "The connection to the database was lost; the server rolls back whatever transaction was open."
        + " Autocommit mode (dbmigrate.txnMode=none): the version was not recorded. 1 earlier migration(s)"
        + " of this run stay applied and recorded.\n"
        + "The file is probably fine: one transaction ran out of lock slots after 1 migration(s). Run"
        + " dbmigrate:up with -Ddbmigrate.txnMode=per-file, or raise the server's max_locks_per_transaction.");
  }
}
