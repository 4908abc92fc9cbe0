package io.github.dbmigrate.maven;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.validate.OfflineChecks;
import io.github.dbmigrate.engine.validate.ScriptRules;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks the migration files without a database: names, duplicate versions, scripts that cannot be
 * split into statements, unsafe schema changes (the lint, as the goal {@code lint} runs it) and (as
 * warnings) missing down scripts and {@code .no-db-txn.} scripts with several statements. Bound to
 * {@code validate}, so {@code mvn verify} stops a bad migration before any deploy.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractFileCheckMojo {

  @Override
  String goal() {
    return "validate";
  }

  @Override
  void check(EngineConfig config, ScriptRules.Chosen rules) {
    new OfflineChecks(config, rules).validate();
  }
}
