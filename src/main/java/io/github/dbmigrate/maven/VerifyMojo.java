package io.github.dbmigrate.maven;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.run.Verifier;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fails the build, listing each item, when the database is not where this build expects it: pending
 * versions, applied files edited since (drift), or applied versions with no file. Passes with one log
 * line otherwise. Reads only; takes no lock.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyMojo extends AbstractMigrationsMojo {

  /** Tolerate pending versions (warn instead of failing). */
  @Parameter(property = "dbmigrate.allowPending", defaultValue = "false")
  boolean allowPending;

  /** Tolerate applied migrations whose file changed since they ran (warn instead of failing). */
  @Parameter(property = "dbmigrate.allowDrift", defaultValue = "false")
  boolean allowDrift;

  /** Tolerate applied versions that have no migration file in this build (warn instead of failing). */
  @Parameter(property = "dbmigrate.allowNoFile", defaultValue = "false")
  boolean allowNoFile;

  @Override
  String goal() {
    return "verify";
  }

  @Override
  void run(EngineConfig config, MavenLogListener listener) {
    new Verifier(config, listener).verify(new Verifier.Tolerance(allowPending, allowDrift, allowNoFile));
  }
}
