package io.github.dbmigrate.maven;

import io.github.dbmigrate.engine.Durations;
import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.RunOptions;
import io.github.dbmigrate.engine.TxnMode;
import io.github.dbmigrate.engine.db.DatabaseTarget;
import io.github.dbmigrate.engine.dialect.TableName;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the engine's configuration from a goal's parameters: the only place they are interpreted. */
final class ConfigFactory {

  private ConfigFactory() {}

  /**
   * @param params the parameters as given
   * @param environment the process environment, for {@code DATABASE_URL} and {@code GITHUB_STEP_SUMMARY}
   * @param needsDatabase whether the goal connects (otherwise a missing URL is fine)
   */
  static EngineConfig build(Parameters params, Map<String, String> environment, boolean needsDatabase) {
    DatabaseTarget target = null;
    if (needsDatabase) {
      String url = blankToNull(params.url());
      if (url == null) {
        url = blankToNull(environment.get("DATABASE_URL"));
      }
      target = DatabaseTarget.resolve(url, blankToNull(params.user()), params.password());
    }
    return new EngineConfig(
        target,
        new TableName(blankToNull(params.schema()),
            params.table() == null ? EngineConfig.DEFAULT_TABLE : params.table()),
        directories(params),
        TxnMode.parse(params.txnMode() == null ? "all" : params.txnMode()),
        Durations.parse(params.lockTimeout() == null ? "5m" : params.lockTimeout(), "dbmigrate.lockTimeout"),
        params.noLock(),
        params.reportDir().toPath(),
        System.getProperty("user.name"),
        RunOptions.defaults()
            .withEnvironment(params.environment())
            .withStepSummary(stepSummary(environment)));
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

  /** {@code <dirs>} when given (the first is where {@code create} writes), else {@code dbmigrate.dir}. */
  static List<Path> directories(Parameters params) {
    List<Path> result = new ArrayList<>();
    if (params.dirs() != null && !params.dirs().isEmpty()) {
      for (File dir : params.dirs()) {
        result.add(dir.toPath());
      }
    } else if (params.dir() != null) {
      result.add(params.dir().toPath());
    }
    return result;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
