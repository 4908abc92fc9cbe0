package io.github.dbmigrate.engine.lint;

import io.github.dbmigrate.engine.BadSetting;
import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.Setting;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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

  private static final String LEVELS = "error, warn or off";

  public LintSettings {
    Objects.requireNonNull(mode, "mode");
    ruleLevels = Map.copyOf(ruleLevels);
    Objects.requireNonNull(fromVersion, "fromVersion");
  }

  /** Every rule at its own level, every version judged. */
  public static LintSettings defaults() {
    return new LintSettings(Level.ERROR, Map.of(), Optional.empty());
  }

  /**
   * The settings as a user wrote them; {@code null} or blank means the default. A level other than
   * {@code error}, {@code warn} or {@code off}, a rule id no database's lint knows (named with the
   * closest known one) and a {@code lintFrom} that is not a version are refused.
   *
   * @param knownRuleIds every rule id of every database, so that a POM shared by databases may name
   *     a rule only one of them checks
   */
  public static LintSettings parse(String mode, Map<String, String> rules, String from, Set<String> knownRuleIds,
      FrontEnd words) {
    Level overall = Level.ERROR;
    if (mode != null && !mode.isBlank()) {
      overall = Level.parse(mode).orElseThrow(() -> new BadSetting(Setting.LINT, words.setting(Setting.LINT,
          mode.trim()) + " is not a lint level: use " + LEVELS + "."));
    }
    Map<String, Level> levels = new LinkedHashMap<>();
    if (rules != null) {
      rules.forEach((id, level) -> {
        String rule = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        if (!knownRuleIds.contains(rule)) {
          throw new BadSetting(Setting.LINT_RULES, words.setting(Setting.LINT_RULES) + " names the rule '" + id
              + "', which no lint has; did you mean " + closest(rule, knownRuleIds) + "? The rules: "
              + String.join(", ", knownRuleIds) + ".");
        }
        levels.put(rule, Level.parse(level).orElseThrow(() -> new BadSetting(Setting.LINT_RULES,
            words.setting(Setting.LINT_RULES) + " gives the rule " + rule + " the level '" + level
                + "': use " + LEVELS + ".")));
      });
    }
    Optional<String> first = Optional.empty();
    if (from != null && !from.isBlank()) {
      String version = from.trim();
      if (!version.chars().allMatch(c -> c >= '0' && c <= '9')) {
        throw new BadSetting(Setting.LINT_FROM, words.setting(Setting.LINT_FROM, version) + " is not a version:"
            + " give the digits a migration file's name starts with, such as 20250101000000.");
      }
      first = Optional.of(version);
    }
    return new LintSettings(overall, levels, first);
  }

  public boolean off() {
    return mode == Level.OFF;
  }

  /** These settings with the lint off. */
  public LintSettings turnedOff() {
    return new LintSettings(Level.OFF, ruleLevels, fromVersion);
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

  /** The known id fewest edits away from {@code id}. */
  static String closest(String id, Set<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int distance = distance(id, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** Levenshtein distance: one edit for each insertion, deletion or change. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + change);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
