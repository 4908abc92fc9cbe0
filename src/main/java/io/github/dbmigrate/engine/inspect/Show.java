package io.github.dbmigrate.engine.inspect;

import io.github.dbmigrate.engine.BadSetting;
import io.github.dbmigrate.engine.Durations;
import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.Goal;
import io.github.dbmigrate.engine.Setting;
import io.github.dbmigrate.engine.dialect.Dialects;
import io.github.dbmigrate.engine.event.EngineEvent.Level;
import io.github.dbmigrate.engine.event.EngineListener;
import io.github.dbmigrate.engine.event.Note;
import io.github.dbmigrate.engine.event.StatusLine;
import io.github.dbmigrate.engine.event.Summary;
import io.github.dbmigrate.engine.files.Direction;
import io.github.dbmigrate.engine.files.Migration;
import io.github.dbmigrate.engine.files.MigrationSet;
import io.github.dbmigrate.engine.history.AppliedVersion;
import io.github.dbmigrate.engine.report.ReportFiles;
import io.github.dbmigrate.engine.run.Drift;
import io.github.dbmigrate.engine.run.Migrator;
import io.github.dbmigrate.engine.sql.SplitRules;
import io.github.dbmigrate.engine.status.ChecksumState;
import io.github.dbmigrate.engine.status.MigrationState;
import io.github.dbmigrate.engine.validate.ScriptRules;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The {@code show} command, Alembic's {@code show <rev>}: one version's files, state and recorded row,
 * and its scripts statement by statement as {@code up} would send them. Reads only. Without a database
 * (a configuration without a target) it shows the files, split with the rules of the dialect setting.
 */
public final class Show {

  private final EngineConfig config;

  public Show(EngineConfig config) {
    this.config = config;
  }

  /**
   * Shows {@code version}; {@code dialect} names whose rules split the scripts when no database is
   * configured (see {@link ScriptRules#choose}); connected, the database's own rules apply.
   */
  public VersionDetails show(String version, String dialect) {
    FrontEnd words = config.frontEnd();
    if (version == null || version.isBlank()) {
      throw new BadSetting(Setting.VERSION, "No version to show: set " + words.option(Setting.VERSION,
          "20240101000000") + ".");
    }
    String wanted = version.trim();
    return ReportFiles.around("show", config, listener -> {
      MigrationSet files = config.sources().files(words);
      boolean connected = config.target() != null;
      Migrator.ReadHistory history = connected ? Migrator.readHistory(config, "show", listener) : null;
      Map<String, AppliedVersion> applied = connected ? history.applied() : Map.of();
      Migration file = files.get(wanted);
      AppliedVersion row = applied.get(wanted);
      if (file == null && row == null) {
        throw new BadSetting(Setting.VERSION, notFound(wanted, files, applied, connected));
      }
      String target = connected ? config.target().name() : null;
      SplitRules rules;
      String rulesOf;
      if (connected) {
        rules = history.splitRules();
        rulesOf = Dialects.forUrl(config.target().database().jdbcUrl()).name();
        if (dialect != null && !dialect.isBlank()) {
          listener.on(new Note(target, Level.INFO, words.setting(Setting.DIALECT) + " is not used: the scripts"
              + " are split as " + rulesOf + "'s client splits them, the database this run is connected to."));
        }
      } else {
        ScriptRules.Chosen chosen = ScriptRules.choose(dialect, null, words);
        rules = chosen.rules();
        rulesOf = chosen.database();
      }
      VersionDetails details = new VersionDetails(wanted, file != null ? file.name() : row.name(), connected,
          connected ? state(file, row) : null, row, Recording.of(row),
          file != null && row != null && row.isVersion() ? Drift.check(row, file) : null, rulesOf,
          file == null ? null : ScriptListing.of(file.script(Direction.UP), rules),
          file == null || !file.hasDown() ? null : ScriptListing.of(file.script(Direction.DOWN), rules));
      lines(details, dialect).forEach(line -> listener.on(new StatusLine(target, line)));
      warnProblems(details, target, listener);
      listener.on(new Summary(target, wanted + ": " + (connected ? details.state().label()
          : "not connected, files only") + "."));
      return details;
    });
  }

  private static MigrationState state(Migration file, AppliedVersion row) {
    if (row != null && !row.isVersion()) {
      return MigrationState.NOT_A_VERSION;
    }
    if (row == null) {
      return MigrationState.PENDING;
    }
    if (file == null) {
      return MigrationState.NO_FILE;
    }
    return Drift.check(row, file) == ChecksumState.CHANGED ? MigrationState.CHANGED : MigrationState.APPLIED;
  }

  private List<String> lines(VersionDetails d, String dialect) {
    FrontEnd words = config.frontEnd();
    List<String> lines = new ArrayList<>();
    lines.add("Version " + d.version() + (d.name() == null ? "" : " " + d.name()));
    lines.add("  state:     " + (d.connected() ? d.state().label()
        + (d.recording() == null ? "" : " (" + d.recording().label() + ")")
        : "not connected: no database is configured, so nothing recorded was read"));
    if (d.connected()) {
      lines.add("  recorded:  " + (d.row() == null ? "no row"
          : describe(d.row(), d.up() == null ? null : d.name())));
    }
    if (d.checksum() != null) {
      lines.add("  checksum:  " + d.checksum().label() + " (recorded " + d.row().checksum() + ")");
    }
    lines.add("  up:        " + (d.up() == null ? "no file in this build" : d.up().file()));
    lines.add("  down:      " + (d.down() != null ? d.down().file() : d.up() == null ? "no file in this build"
        : "none: " + words.goal(Goal.DOWN) + " cannot roll this version back"));
    if (d.up() != null) {
      String how = " as " + d.rulesOf() + "'s client splits it" + (d.connected() || (dialect != null
          && !dialect.isBlank()) ? "" : " (no database configured: set " + words.setting(Setting.DIALECT)
          + " for another database's rules)");
      lines.addAll(d.up().lines("Up script" + how));
      if (d.down() != null) {
        lines.addAll(d.down().lines("Down script" + how));
      }
    }
    return lines;
  }

  /** The row in one line; its name only where it differs from the file's ({@code fileName}, or null). */
  private static String describe(AppliedVersion row, String fileName) {
    return "applied at " + (row.appliedAt() == null ? "?" : row.appliedAt())
        + ", took " + (row.executionMs() == null ? "-" : Durations.format(
            Duration.ofMillis(row.executionMs())))
        + ", by " + (row.appliedBy() == null ? "?" : TextTable.oneLine(row.appliedBy()))
        + ", environment " + (row.environment() == null ? "?" : TextTable.oneLine(row.environment()))
        + (row.name() == null || row.name().equals(fileName) ? "" : ", recorded name " + TextTable.oneLine(row.name()))
        + (row.stored() == null ? ", version NULL" : row.stored().equals(row.version()) ? ""
            : ", stored as '" + TextTable.oneLine(row.stored()) + "'");
  }

  private static void warnProblems(VersionDetails d, String target, EngineListener listener) {
    for (ScriptListing script : new ScriptListing[] {d.up(), d.down()}) {
      if (script != null && !script.problems().isEmpty()) {
        listener.on(new Note(target, Level.WARN, script.file() + " cannot be split as " + d.rulesOf()
            + "'s client splits it: " + String.join("; ", script.problems())));
      }
    }
  }

  private String notFound(String wanted, MigrationSet files, Map<String, AppliedVersion> applied,
      boolean connected) {
    TreeSet<String> known = new TreeSet<>();
    files.all().forEach(m -> known.add(m.version()));
    applied.values().stream().filter(AppliedVersion::isVersion).forEach(r -> known.add(r.version()));
    String before = known.lower(wanted);
    String after = known.higher(wanted);
    String nearest = known.isEmpty() ? " There is no version at all."
        : " Nearest: " + (before == null ? "none before" : before + " (before)") + ", "
        + (after == null ? "none after" : after + " (after)") + ".";
    return (connected ? "No migration file and no recorded row has version " + wanted + "."
        : "No migration file has version " + wanted + " (no database is configured, so recorded rows were"
            + " not read).") + nearest + " " + config.frontEnd().command(Goal.HISTORY) + " lists every version.";
  }
}
