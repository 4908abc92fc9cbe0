package io.github.dbmigrate.maven;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.validate.OfflineChecks;
import io.github.dbmigrate.engine.validate.ScriptRules;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Looks for unsafe schema changes in every migration file without a database (dropped or renamed
 * columns, locking index builds, table rewrites...): each finding is one line
 * {@code path:line: rule-id: message} with the safe way to do it, and an error fails the build unless a
 * {@code -- dbmigrate:allow rule-id: reason} comment next to the statement allows it. Bound to
 * {@code validate}; {@code validate} runs the same lint among its checks.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class LintMojo extends AbstractFileCheckMojo {

  @Override
  String goal() {
    return "lint";
  }

  @Override
  void check(EngineConfig config, ScriptRules.Chosen rules) {
    new OfflineChecks(config, rules).lint();
  }
}
