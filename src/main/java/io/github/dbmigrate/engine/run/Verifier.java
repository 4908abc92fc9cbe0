package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.Goal;
import io.github.dbmigrate.engine.Refused;
import io.github.dbmigrate.engine.Setting;
import io.github.dbmigrate.engine.dialect.Dialects;
import io.github.dbmigrate.engine.dialect.TableName;
import io.github.dbmigrate.engine.event.DriftFound;
import io.github.dbmigrate.engine.event.EngineListener;
import io.github.dbmigrate.engine.event.Finding;
import io.github.dbmigrate.engine.event.Summary;
import io.github.dbmigrate.engine.files.MigrationSet;
import io.github.dbmigrate.engine.history.AppliedVersion;
import io.github.dbmigrate.engine.report.ReportFiles;
import io.github.dbmigrate.engine.status.MigrationState;
import io.github.dbmigrate.engine.status.StatusReport;
import io.github.dbmigrate.engine.status.StatusRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers "is this database where this build expects it?" for a release pipeline: pending versions,
 * applied files edited since (drift) and applied versions with no file each fail the check, unless
 * tolerated. Reads only; takes no lock and creates nothing. An unknown checksum (the Go tool's rows) is
 * never a failure.
 */
public final class Verifier {

  /** Which kinds of difference to tolerate (each is then a warning). */
  public record Tolerance(boolean pending, boolean drift, boolean noFile) {

    public static final Tolerance NONE = new Tolerance(false, false, false);
  }

  private final EngineConfig config;

  /** Checks as {@code config} says, its events going to the configuration's listener. */
  public Verifier(EngineConfig config) {
    this.config = config;
  }

  /** Checks as {@code config} says, its events going to {@code listener}. */
  public Verifier(EngineConfig config, EngineListener listener) {
    this(config.withListener(listener));
  }

  /** Passes quietly (one summary line) or throws listing every difference not tolerated. */
  public StatusReport verify(Tolerance allow) {
    String target = config.target().name();
    return ReportFiles.around("verify", config, listener -> {
      FrontEnd words = config.frontEnd();
      MigrationSet files = config.sources().files(words);
      Migrator.ReadHistory history = Migrator.readHistory(config, "verify", listener);
      StatusReport status = new StatusReport(config.target().database().safeUrl(),
          history.table().toString(), StateComparison.rows(files, history.applied()));
      List<String> failures = new ArrayList<>();
      for (StatusRow row : status.rows()) {
        String item = describe(row, history.table(), config);
        if (item == null) {
          continue;
        }
        String toleratedBy = toleratedBy(row.state(), allow, words);
        listener.on(new Finding(target, item, toleratedBy, toleratedBy == null));
        if (row.state() == MigrationState.CHANGED) {
          listener.on(new DriftFound(target, item, false, words.setting(Setting.STRICT, "true")));
        }
        if (toleratedBy == null) {
          failures.add(item);
        }
      }
      if (!failures.isEmpty()) {
        throw new Refused(failures, "The database at " + config.target().database().safeUrl() + " is not where"
            + " this"
            + " build expects it (" + status.summary() + "):\n  - " + String.join("\n  - ", failures)
            + "\nApply pending versions with " + words.goal(Goal.UP) + "; restore edited files as they"
            + " were applied and put changes in new migrations; restore missing files or remove their"
            + " versions with " + words.goal(Goal.UNMARK) + ". To accept a kind of difference, set "
            + words.setting(Setting.ALLOW_PENDING) + ", " + words.setting(Setting.ALLOW_DRIFT) + " or "
            + words.setting(Setting.ALLOW_NO_FILE) + " to true.");
      }
      String summary = "The database matches the migrations: " + status.summary() + ".";
      listener.on(new Summary(target, summary));
      return status;
    });
  }

  private static String describe(StatusRow row, TableName table, EngineConfig config) {
    String name = row.name() == null ? "" : " " + row.name();
    return switch (row.state()) {
      case NOT_A_VERSION -> notAVersion(row, table, config);
      case PENDING -> "pending: " + row.version() + name + " is not applied";
      case CHANGED -> "drift: " + row.version() + name + " was applied, and its up file changed since";
      case NO_FILE -> "no file: " + row.version() + name + " is applied but this build has no file for it";
      case APPLIED -> null;
    };
  }

  /**
   * A recorded value that is no version, and how to remove it (status says it too), {@code table}
   * being the history table the run found.
   */
  public static String notAVersion(StatusRow row, TableName table, EngineConfig config) {
    FrontEnd words = config.frontEnd();
    if (row.version().equals(AppliedVersion.NULL_VERSION)) {
      return "not a version: a row with version NULL is recorded; no migration can have it. Remove it with"
          + " DELETE FROM " + table.sql(Dialects.forUrl(config.target().database().jdbcUrl()))
          + " WHERE version IS NULL";
    }
    return "not a version: '" + row.version() + "' is recorded; no migration can have it. Remove it with '"
        + words.command(Goal.UNMARK, Setting.VERSION, row.version()) + "'";
  }

  private static String toleratedBy(MigrationState state, Tolerance allow, FrontEnd words) {
    Setting setting = switch (state) {
      case PENDING -> allow.pending() ? Setting.ALLOW_PENDING : null;
      case CHANGED -> allow.drift() ? Setting.ALLOW_DRIFT : null;
      // a recorded value that no file of this build has, like a version with no file
      case NO_FILE, NOT_A_VERSION -> allow.noFile() ? Setting.ALLOW_NO_FILE : null;
      case APPLIED -> null;
    };
    return setting == null ? null : words.setting(setting);
  }
}
