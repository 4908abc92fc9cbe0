package io.github.dbmigrate.engine.validate;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.Setting;
import io.github.dbmigrate.engine.event.EngineEvent.Level;
import io.github.dbmigrate.engine.event.EngineListener;
import io.github.dbmigrate.engine.event.LintFound;
import io.github.dbmigrate.engine.event.Note;
import io.github.dbmigrate.engine.event.Summary;
import io.github.dbmigrate.engine.files.MigrationScanner;
import io.github.dbmigrate.engine.files.MigrationSet;
import io.github.dbmigrate.engine.lint.DatabaseLint;
import io.github.dbmigrate.engine.lint.LintResult;
import io.github.dbmigrate.engine.lint.LintSettings;
import io.github.dbmigrate.engine.lint.Linter;
import io.github.dbmigrate.engine.lint.MigrationLint;
import io.github.dbmigrate.engine.report.ReportFiles;
import java.util.List;
import java.util.Optional;

/**
 * The goals that check the files without a database and write a report of what they found:
 * {@code validate} (every check, the lint included) and {@code lint} (unsafe schema changes only).
 */
public final class OfflineChecks {

  private final EngineConfig config;
  private final ScriptRules.Chosen rules;

  /** {@code config}: the sources, the lint settings and the outputs (no target); {@code rules}: whose rules. */
  public OfflineChecks(EngineConfig config, ScriptRules.Chosen rules) {
    this.config = config;
    this.rules = rules;
  }

  /** Validates the files (see {@link MigrationValidator}); throws when they cannot run or are unsafe. */
  public MigrationValidator.Result validate() {
    return ReportFiles.around("validate", config, listener -> new MigrationValidator(rules, config.options().lint(),
        listener, config.frontEnd()).validate(config.sources().dirs()));
  }

  /**
   * Runs the database's lint over every file, each finding a line {@code path:line: rule-id: message};
   * throws when one is an error no allow comment covers.
   */
  public LintResult lint() {
    return ReportFiles.around("lint", config, listener -> {
      FrontEnd words = config.frontEnd();
      LintSettings settings = config.options().lint();
      Optional<DatabaseLint> lint = rules.lint();
      if (settings.off() || lint.isEmpty()) {
        listener.on(new Summary(null, settings.off()
            ? "The lint is off (" + words.setting(Setting.LINT, "off") + "): no file was checked."
            : rules.database() + " has no lint yet: no file was checked for unsafe changes."));
        return new LintResult(List.of());
      }
      MigrationSet files = MigrationScanner.scanToCheck(config.sources().dirs(), words);
      LintResult result = MigrationLint.run(lint.get(), rules.rules(), settings, false, files.all(), m -> true, true);
      result.findings().forEach(f -> listener.on(new LintFound(null, f, false)));
      if (result.failed()) {
        throw result.refusalAfterLoggedErrors(result.errors().size() + " unsafe change(s) found by " + rules.database()
            + "'s lint in " + files.size() + " migration(s) read (no database was touched)", words);
      }
      listener.on(new Summary(null, "Linted " + files.size() + " migration(s) with " + rules.database()
          + "'s rules: " + result.counts() + "."));
      return result;
    });
  }

  /**
   * The linter {@code validate} feeds in its pass, or {@code null} when the lint is off or the
   * database has none (said at debug level: {@code lint} says it out loud).
   */
  static Linter linter(ScriptRules.Chosen rules, LintSettings settings, EngineListener listener) {
    if (settings.off()) {
      return null;
    }
    Optional<DatabaseLint> lint = rules.lint();
    if (lint.isEmpty()) {
      listener.on(new Note(null, Level.DEBUG, rules.database() + " has no lint yet: no file is checked for"
          + " unsafe changes."));
      return null;
    }
    return new Linter(lint.get(), rules.rules(), settings, false);
  }
}
