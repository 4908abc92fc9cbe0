package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.Goal;
import io.github.dbmigrate.engine.Refused;
import io.github.dbmigrate.engine.RunOptions;
import io.github.dbmigrate.engine.Setting;
import io.github.dbmigrate.engine.event.EngineListener;
import io.github.dbmigrate.engine.event.Guard;
import io.github.dbmigrate.engine.history.AppliedVersion;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stops {@code down}, {@code redo} and {@code unmark} on a database that belongs to a protected
 * environment: one whose history records such an environment for any version (a copy of production
 * counts as production until someone says otherwise), or whose run says it deploys to one. A table
 * without the {@code environment} column (the Go tool's) records none, so only the run's own
 * the {@code environment} setting can protect it.
 */
final class DestructiveGuard {

  private DestructiveGuard() {}

  /** Throws unless the goal may run; in a dry run or with the override, warns instead. */
  static void check(Goal goal, EngineConfig config, Map<String, AppliedVersion> applied,
      EngineListener listener) {
    RunOptions options = config.options();
    FrontEnd words = config.frontEnd();
    String target = config.target().name();
    String found = reason(options, config.target().environment(), applied, words);
    if (found == null) {
      return;
    }
    String protectedList = String.join(", ", options.protectedEnvironments());
    if (options.allowDestructive()) {
      listener.on(new Guard(target, "Running " + words.goal(goal) + " although " + found
          + ", because " + words.setting(Setting.ALLOW_DESTRUCTIVE, "true") + "."));
      return;
    }
    String refusal = words.goal(goal) + " refuses to run: " + found + ", and "
        + words.setting(Setting.PROTECTED_ENVIRONMENTS) + " is '" + protectedList + "'.";
    if (options.dryRun()) {
      listener.on(new Guard(target, "A real run would be refused: " + refusal));
      return;
    }
    throw new Refused(refusal + " Nothing was changed. If this database really is meant to"
        + " lose versions, run again with " + words.option(Setting.ALLOW_DESTRUCTIVE, "true") + ".");
  }

  /** Why the database counts as protected, or {@code null}. */
  private static String reason(RunOptions options, String environment, Map<String, AppliedVersion> applied,
      FrontEnd words) {
    Map<String, List<String>> byEnvironment = new TreeMap<>();
    for (AppliedVersion row : applied.values()) {
      if (options.isProtected(row.environment())) {
        byEnvironment.computeIfAbsent(row.environment().trim(), e -> new java.util.ArrayList<>())
            .add(row.version());
      }
    }
    if (!byEnvironment.isEmpty()) {
      Map.Entry<String, List<String>> first = byEnvironment.entrySet().iterator().next();
      List<String> versions = first.getValue();
      return "the history table records environment '" + first.getKey() + "' (for " + versions.size()
          + " version(s), newest " + versions.get(versions.size() - 1) + ")";
    }
    if (options.isProtected(environment)) {
      return "this run's " + words.setting(Setting.ENVIRONMENT) + " is '" + environment + "'";
    }
    return null;
  }
}
