package io.github.dbmigrate.engine.lint;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How the lint runs: the overall level ({@code dbmigrate.lint}), rules whose level the user changed
 * ({@code <lintRules>}), and the first version linted ({@code dbmigrate.lintFrom}; earlier files
 * only teach the schema).
 *
 * @param mode {@link Level#ERROR} applies each rule's level and fails on an error, {@link Level#WARN}
 *     makes every finding a warning, {@link Level#OFF} skips the lint
 * @param ruleLevels levels by rule id, overriding the rules' own
 * @param fromVersion the first version whose files are judged; empty for all
 */
public record LintSettings(Level mode, Map<String, Level> ruleLevels, Optional<String> fromVersion) {

  public LintSettings {
    Objects.requireNonNull(mode, "mode");
    ruleLevels = Map.copyOf(ruleLevels);
    Objects.requireNonNull(fromVersion, "fromVersion");
  }

  /** Every rule at its own level, every version judged. */
  public static LintSettings defaults() {
    return new LintSettings(Level.ERROR, Map.of(), Optional.empty());
  }

  public boolean off() {
    return mode == Level.OFF;
  }

  /** The level a finding of {@code rule} gets; {@link Level#OFF} when it is not reported. */
  public Level levelOf(Rule rule) {
    Level level = ruleLevels.getOrDefault(rule.id(), rule.level());
    return mode == Level.WARN && level == Level.ERROR ? Level.WARN : level;
  }

  /** Whether the files of {@code version} are judged (not before {@link #fromVersion()}). */
  public boolean judges(String version) {
    return fromVersion.map(from -> version.compareTo(from) >= 0).orElse(true);
  }
}
