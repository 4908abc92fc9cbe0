package io.github.dbmigrate.maven;

import io.github.dbmigrate.engine.RunOptions;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Goals that change the database under its lock ({@code up}, {@code mark} and, through
 * {@link AbstractDestructiveMojo}, {@code down}, {@code redo}, {@code unmark}), each of which can
 * dry-run instead. Those that run scripts ({@code up}, {@code down}, {@code redo}) also declare
 * {@code dbmigrate.txnMode}; {@code mark} and {@code unmark} edit the history alone, in one transaction.
 */
abstract class AbstractChangingMojo extends AbstractMigrationsMojo {

  /** How long to wait for another run's lock before failing, such as {@code 30s} or {@code 5m}. */
  @Parameter(property = "dbmigrate.lockTimeout", defaultValue = "5m")
  String lockTimeout;

  /** Run without the database lock. Only for databases that have none, or a single-user setup. */
  @Parameter(property = "dbmigrate.noLock", defaultValue = "false")
  boolean noLock;

  /**
   * Take the lock and plan as for real, but change nothing (not even a missing history table): write
   * the statements that would run, history inserts and deletes included, to the log and to
   * {@code target/dbmigrate/dry-run.sql}.
   */
  @Parameter(property = "dbmigrate.dryRun", defaultValue = "false")
  boolean dryRun;

  /** The transaction mode, as a goal that runs scripts declares it; {@code null}: the database's default. */
  String txnMode() {
    return null;
  }

  @Override
  Parameters parameters(List<String> secrets) {
    return super.parameters(secrets).withChanges(txnMode(), lockTimeout, noLock);
  }

  @Override
  RunOptions options(RunOptions common) {
    return super.options(common).withDryRun(dryRun);
  }
}
