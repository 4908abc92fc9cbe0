package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.DbMigrateException;
import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.EngineEvent;
import io.github.dbmigrate.engine.EngineEvent.Kind;
import io.github.dbmigrate.engine.EngineListener;
import io.github.dbmigrate.engine.files.MigrationScanner;
import io.github.dbmigrate.engine.files.MigrationSet;
import io.github.dbmigrate.engine.history.AppliedVersion;
import io.github.dbmigrate.engine.report.ReportFiles;
import io.github.dbmigrate.engine.report.RunReport;
import io.github.dbmigrate.engine.status.MigrationState;
import io.github.dbmigrate.engine.status.StatusReport;
import io.github.dbmigrate.engine.status.StatusRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
  private final EngineListener listener;

  public Verifier(EngineConfig config, EngineListener listener) {
    this.config = config;
    this.listener = listener;
  }

  /** Passes quietly (one summary line) or throws listing every difference not tolerated. */
  public StatusReport verify(Tolerance allow) {
    RunReport report = ReportFiles.start(config, "verify");
    return ReportFiles.around(config, listener, report, () -> {
      MigrationSet files = MigrationScanner.scan(config.dirs());
      Map<String, AppliedVersion> applied = Migrator.readHistory(config, "verify");
      StatusReport status = new StatusReport(config.target().safeUrl(), config.table().toString(),
          StateComparison.rows(files, applied));
      List<String> failures = new ArrayList<>();
      for (StatusRow row : status.rows()) {
        String item = describe(row);
        if (item == null) {
          continue;
        }
        report.finding(item);
        if (row.state() == MigrationState.CHANGED) {
          report.drift(item);
        }
        String toleratedBy = toleratedBy(row.state(), allow);
        if (toleratedBy == null) {
          failures.add(item);
        } else {
          listener.on(EngineEvent.warn(Kind.FINDING, item + " (tolerated: " + toleratedBy + "=true)."));
        }
      }
      if (!failures.isEmpty()) {
        throw new DbMigrateException("The database at " + config.target().safeUrl() + " is not where this"
            + " build expects it (" + status.summary() + "):\n  - " + String.join("\n  - ", failures)
            + "\nApply pending versions with dbmigrate:up; restore edited files as they were applied and"
            + " put changes in new migrations; restore missing files or remove their versions with"
            + " dbmigrate:unmark. To accept a kind of difference, set dbmigrate.allowPending,"
            + " dbmigrate.allowDrift or dbmigrate.allowNoFile to true.");
      }
      String summary = "The database matches the migrations: " + status.summary() + ".";
      listener.on(EngineEvent.info(Kind.SUMMARY, summary));
      report.summary(summary);
      return status;
    });
  }

  private static String describe(StatusRow row) {
    String name = row.name() == null ? "" : " " + row.name();
    return switch (row.state()) {
      case PENDING -> "pending: " + row.version() + name + " is not applied";
      case CHANGED -> "drift: " + row.version() + name + " was applied, and its up file changed since";
      case NO_FILE -> "no file: " + row.version() + name + " is applied but this build has no file for it";
      case APPLIED -> null;
    };
  }

  private static String toleratedBy(MigrationState state, Tolerance allow) {
    return switch (state) {
      case PENDING -> allow.pending() ? "dbmigrate.allowPending" : null;
      case CHANGED -> allow.drift() ? "dbmigrate.allowDrift" : null;
      case NO_FILE -> allow.noFile() ? "dbmigrate.allowNoFile" : null;
      case APPLIED -> null;
    };
  }
}
