package io.github.dbmigrate.engine;

import io.github.dbmigrate.engine.db.DatabaseTarget;
import io.github.dbmigrate.engine.dialect.TableName;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Everything a run needs to know, built once from the goal's parameters.
 *
 * @param target where to connect; {@code null} for goals that need no database
 * @param table the history table
 * @param dirs the migration directories, searched with their subfolders; empty for work that reads no
 *     migration file, such as waiting for the server
 * @param txnMode how migrations are grouped into transactions
 * @param lockTimeout how long to wait for another run's lock before giving up
 * @param noLock whether to run without the database lock (for databases that have none)
 * @param reportDir where status and report files are written
 * @param appliedBy who applies migrations, recorded with each version
 * @param options the release-pipeline switches (environment, dry run, strict, guards)
 */
public record EngineConfig(
    DatabaseTarget target,
    TableName table,
    List<Path> dirs,
    TxnMode txnMode,
    Duration lockTimeout,
    boolean noLock,
    Path reportDir,
    String appliedBy,
    RunOptions options) {

  public static final String DEFAULT_TABLE = "dbmigrate_versions";

  public EngineConfig {
    dirs = List.copyOf(dirs);
    if (lockTimeout.isNegative()) {
      throw new DbMigrateException("dbmigrate.lockTimeout must not be negative.");
    }
    if (options == null) {
      options = RunOptions.defaults();
    }
  }

  /** A configuration with the default {@link RunOptions}. */
  public EngineConfig(DatabaseTarget target, TableName table, List<Path> dirs, TxnMode txnMode,
      Duration lockTimeout, boolean noLock, Path reportDir, String appliedBy) {
    this(target, table, dirs, txnMode, lockTimeout, noLock, reportDir, appliedBy, RunOptions.defaults());
  }

  public EngineConfig withOptions(RunOptions newOptions) {
    return new EngineConfig(target, table, dirs, txnMode, lockTimeout, noLock, reportDir, appliedBy,
        newOptions);
  }
}
