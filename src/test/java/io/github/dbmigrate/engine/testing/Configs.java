package io.github.dbmigrate.engine.testing;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.Outputs;
import io.github.dbmigrate.engine.RunOptions;
import io.github.dbmigrate.engine.Sources;
import io.github.dbmigrate.engine.Target;
import io.github.dbmigrate.engine.TxnMode;
import io.github.dbmigrate.engine.db.DatabaseTarget;
import io.github.dbmigrate.engine.dialect.TableName;
import io.github.dbmigrate.maven.MavenFrontEnd;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A one-target configuration in one call, as most engine tests want it; messages in the Maven plugin's
 * words, which the tests' assertions quote.
 */
public final class Configs {

  private Configs() {}

  public static EngineConfig of(DatabaseTarget database, TableName table, List<Path> dirs, TxnMode txnMode,
      Duration lockTimeout, boolean noLock, Path reportDir, String appliedBy) {
    return new EngineConfig(Sources.in(dirs), Target.of(database, table).withAppliedBy(appliedBy),
        RunOptions.defaults().withTxnMode(txnMode).withLock(lockTimeout, noLock),
        Outputs.to(reportDir).withFrontEnd(MavenFrontEnd.INSTANCE));
  }
}
