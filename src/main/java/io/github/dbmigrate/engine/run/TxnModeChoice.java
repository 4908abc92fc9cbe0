package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.RunOptions;
import io.github.dbmigrate.engine.Setting;
import io.github.dbmigrate.engine.TxnMode;
import io.github.dbmigrate.engine.dialect.Dialect;
import java.util.Optional;

/**
 * The transaction mode of a run: the one given, else the database's default. One transaction for the
 * whole run only where a rollback also undoes DDL; where DDL commits implicitly, a failure in one
 * transaction would roll back the version rows of migrations whose tables stay, so each migration
 * gets its own transaction instead.
 *
 * @param mode the mode the run uses
 * @param given whether the user chose it
 */
public record TxnModeChoice(TxnMode mode, boolean given) {

  public static TxnModeChoice of(RunOptions options, Dialect dialect) {
    return options.txnMode().map(mode -> new TxnModeChoice(mode, true))
        .orElseGet(() -> new TxnModeChoice(dialect.execution().transactionalDdl() ? TxnMode.ALL : TxnMode.PER_FILE,
            false));
  }

  /** The line that says which mode a run without one uses, and why; empty when the user chose it. */
  Optional<String> announcement(Dialect dialect, FrontEnd words) {
    if (given) {
      return Optional.empty();
    }
    String why = mode == TxnMode.ALL
        ? dialect.name() + " rolls DDL back with the transaction, so a failure leaves nothing of the run;"
            + " set " + words.option(Setting.TXN_MODE, TxnMode.PER_FILE.label())
            + " to keep the migrations that succeeded"
        : dialect.name() + " commits DDL implicitly, so one transaction could not take a failed run back;"
            + " set " + words.option(Setting.TXN_MODE, TxnMode.ALL.label())
            + " to run all migrations in one transaction anyway";
    return Optional.of(words.setting(Setting.TXN_MODE, mode.label()) + " (" + why + ").");
  }
}
