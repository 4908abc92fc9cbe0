package io.github.dbmigrate.maven;

import io.github.dbmigrate.engine.BadSetting;
import io.github.dbmigrate.engine.Durations;
import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.Outputs;
import io.github.dbmigrate.engine.RunOptions;
import io.github.dbmigrate.engine.Setting;
import io.github.dbmigrate.engine.Sources;
import io.github.dbmigrate.engine.Target;
import io.github.dbmigrate.engine.TxnMode;
import io.github.dbmigrate.engine.db.DatabaseTarget;
import io.github.dbmigrate.engine.dialect.Dialects;
import io.github.dbmigrate.engine.dialect.TableName;
import io.github.dbmigrate.engine.lint.LintSettings;
import io.github.dbmigrate.engine.session.Variables;
import io.github.dbmigrate.maven.Parameters.Changes;
import io.github.dbmigrate.maven.Parameters.Directories;
import io.github.dbmigrate.maven.Parameters.HistoryTable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the engine's configuration from a goal's parameters: the only place they are interpreted. */
final class ConfigFactory {

  private static final MavenFrontEnd WORDS = MavenFrontEnd.INSTANCE;

  private ConfigFactory() {}

  /**
   * The configuration of a goal that connects.
   *
   * @param params the parameters as given
   * @param environment the process environment, for {@code DATABASE_URL} and {@code GITHUB_STEP_SUMMARY}
   */
  static EngineConfig build(Parameters params, Map<String, String> environment) {
    String url = databaseUrl(params.url(), environment);
    if (url == null) {
      throw new BadSetting(Setting.URL, "No database URL: set " + WORDS.setting(Setting.URL) + " (for example "
          + WORDS.option(Setting.URL, "jdbc:postgresql://localhost:5432/app") + ") or the DATABASE_URL"
          + " environment variable.");
    }
    DatabaseTarget target = DatabaseTarget.resolve(url, blankToNull(params.user()), params.password());
    TableName table = historyTable(params.historyTable());
    // Goals that only read take no lock and run no script: the engine's defaults stand in.
    Changes changes = params.changes() == null ? new Changes(null, null, false) : params.changes();
    // Not given: the engine picks the database's default once it knows the database.
    String txnModeGiven = blankToNull(changes.txnMode());
    TxnMode txnMode = txnModeGiven == null ? null : TxnMode.parse(txnModeGiven, WORDS);
    Duration lockTimeout = Durations.parse(changes.lockTimeout() == null ? "5m" : changes.lockTimeout(),
        Setting.LOCK_TIMEOUT, WORDS);
    List<Path> dirs = params.directories() == null ? List.of() : directories(params.directories());
    return new EngineConfig(
        Sources.in(dirs),
        Target.of(target, table).withEnvironment(params.environment())
            .withAppliedBy(System.getProperty("user.name")),
        RunOptions.defaults().withTxnMode(txnMode).withLock(lockTimeout, changes.noLock()),
        Outputs.to(params.reportDir().toPath()).withStepSummary(stepSummary(environment))
            .withFrontEnd(WORDS));
  }

  /** The history table a goal declares; {@code null} for {@code wait}, which never reads one. */
  private static TableName historyTable(HistoryTable given) {
    if (given == null) {
      return null;
    }
    return TableName.of(blankToNull(given.schema()),
        given.table() == null ? EngineConfig.DEFAULT_TABLE : given.table(), WORDS);
  }

  /** The configuration of a goal that also works on the files alone, when no database URL is given. */
  static EngineConfig withoutDatabase(Parameters params, Map<String, String> environment) {
    List<Path> dirs = params.directories() == null ? List.of() : directories(params.directories());
    return new EngineConfig(Sources.in(dirs), null, RunOptions.defaults(),
        Outputs.to(params.reportDir().toPath()).withStepSummary(stepSummary(environment)).withFrontEnd(WORDS));
  }

  /**
   * The configuration of a goal that checks the files without a database ({@code validate},
   * {@code lint}): the folders, the lint settings and where reports go.
   */
  static EngineConfig offline(List<Path> dirs, java.io.File reportDir, LintSettings lint,
      Map<String, String> environment) {
    return new EngineConfig(Sources.in(dirs), null, RunOptions.defaults().withLint(lint),
        Outputs.to(reportDir.toPath()).withStepSummary(stepSummary(environment)).withFrontEnd(WORDS));
  }

  /**
   * The lint settings: {@code dbmigrate.lint} ({@code error}, {@code warn} or {@code off}), the POM's
   * {@code <lintRules>} (rule id to level) with {@code -Ddbmigrate.lintRules=id=level,...} over it
   * (entries replace the POM's of the same rule), and {@code dbmigrate.lintFrom} (a version).
   */
  static LintSettings lint(String mode, Map<String, String> pomRules, String commandLineRules, String from) {
    Map<String, String> rules = new LinkedHashMap<>();
    if (pomRules != null) {
      rules.putAll(pomRules);
    }
    if (commandLineRules != null && !commandLineRules.isBlank()) {
      for (String entry : commandLineRules.split(",")) {
        int equals = entry.indexOf('=');
        if (equals < 0) {
          throw new BadSetting(Setting.LINT_RULES, "'" + entry.trim() + "' in -D" + PROPERTY_LINT_RULES
              + " is not rule-id=level (for example dml-without-where=error).");
        }
        rules.put(entry.substring(0, equals).trim(), entry.substring(equals + 1).trim());
      }
    }
    return LintSettings.parse(mode, rules, from, Dialects.lintRuleIds(), WORDS);
  }

  /** The property that gives lint rules' levels on the command line (a map takes no property in Maven). */
  static final String PROPERTY_LINT_RULES = "dbmigrate.lintRules";

  /**
   * The database URL a goal is given: {@code dbmigrate.url}, else the environment variable
   * {@code DATABASE_URL}; {@code null} when neither is set.
   */
  static String databaseUrl(String url, Map<String, String> environment) {
    String given = blankToNull(url);
    return given != null ? given : blankToNull(environment.get("DATABASE_URL"));
  }

  /** GitHub Actions names a file to append Markdown to for the job's summary page. */
  static Path stepSummary(Map<String, String> environment) {
    String file = blankToNull(environment.get("GITHUB_STEP_SUMMARY"));
    return file == null ? null : Path.of(file);
  }

  /** A comma-separated list of environment names ({@code dbmigrate.protectedEnvironments}). */
  static Set<String> names(String commaSeparated) {
    Set<String> names = new LinkedHashSet<>();
    if (commaSeparated != null) {
      for (String name : commaSeparated.split(",")) {
        if (!name.isBlank()) {
          names.add(name.trim());
        }
      }
    }
    return names;
  }

  /**
   * The run's variables: the POM's {@code <variables>}, then {@code -Ddbmigrate.variables=name=value,...},
   * whose entries replace the POM's of the same name. A command-line value cannot hold a comma (the
   * POM's can); an entry without {@code =} is refused without showing it (it may be part of a secret).
   */
  static Variables variables(Map<String, String> pom, String commandLine) {
    Map<String, String> merged = new LinkedHashMap<>();
    if (pom != null) {
      pom.forEach((name, value) -> merged.put(name == null ? null : name.trim(), value));
    }
    if (commandLine != null && !commandLine.isBlank()) {
      String[] entries = commandLine.split(",", -1);
      for (int i = 0; i < entries.length; i++) {
        int equals = entries[i].indexOf('=');
        if (equals < 0) {
          throw new BadSetting(Setting.VARIABLES, "Entry " + (i + 1) + " of " + entries.length + " in "
              + WORDS.setting(Setting.VARIABLES) + " is not name=value. Entries are separated by commas, so a"
              + " value cannot hold one there: set such a value in the POM's <variables>.");
        }
        merged.put(entries[i].substring(0, equals).trim(), entries[i].substring(equals + 1));
      }
    }
    return Variables.of(merged, WORDS);
  }

  /** The migration folders, in order (the first is where {@code create} writes). */
  static List<Path> directories(Directories given) {
    List<Path> result = given.folders() == null ? List.of() : given.folders();
    if (result.isEmpty()) {
      throw new BadSetting(Setting.DIR, "No migrations directory is configured (dbmigrate.dir or <dirs>).");
    }
    return result;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
