package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.BadSetting;
import io.github.dbmigrate.engine.DatabaseError;
import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.Goal;
import io.github.dbmigrate.engine.Refused;
import io.github.dbmigrate.engine.Setting;
import io.github.dbmigrate.engine.db.SqlStates;
import io.github.dbmigrate.engine.event.AlreadyRecorded;
import io.github.dbmigrate.engine.event.EngineListener;
import io.github.dbmigrate.engine.event.HistoryEdited;
import io.github.dbmigrate.engine.files.Migration;
import io.github.dbmigrate.engine.files.MigrationSet;
import io.github.dbmigrate.engine.files.ScriptReader;
import io.github.dbmigrate.engine.history.AppliedVersion;
import io.github.dbmigrate.engine.report.ReportFiles;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Edits the history without running scripts, under the lock: {@link #mark} records versions as applied
 * (a baseline for a database brought up to date by hand or by another tool, or a failure fixed by
 * hand), {@link #unmark} removes records so that the next {@code up} runs those scripts again. Either
 * changes every named version in one transaction, or none.
 */
public final class HistoryMarks {

  public static final String ALL = "all";

  private final EngineConfig config;

  /** Edits as {@code config} says, its events going to the configuration's listener. */
  public HistoryMarks(EngineConfig config) {
    this.config = config;
  }

  /** Edits as {@code config} says, its events going to {@code listener}. */
  public HistoryMarks(EngineConfig config, EngineListener listener) {
    this(config.withListener(listener));
  }

  /**
   * Records {@code versions} (comma-separated, or {@code all} for every pending file) as applied, with
   * the file's name and checksum and no execution time.
   *
   * @return the versions newly recorded
   */
  public List<String> mark(String versions) {
    String target = config.target().name();
    return ReportFiles.around("mark", config, listener -> {
      MigrationSet files = config.sources().files(config.frontEnd());
      return new LockedRun(config, listener).run("mark", session -> {
        Map<String, AppliedVersion> applied = session.applied();
        List<Migration> toMark = new ArrayList<>();
        if (versions != null && versions.trim().equalsIgnoreCase(ALL)) {
          toMark.addAll(Planner.pending(files, applied));
        } else {
          List<String> problems = new ArrayList<>();
          for (String version : parse(versions, Goal.MARK)) {
            Migration file = files.get(version);
            if (file == null) {
              problems.add(version + " has no migration file; mark records a file's version, name and checksum");
            } else if (applied.containsKey(version)) {
              listener.on(new AlreadyRecorded(target, version));
            } else {
              toMark.add(file);
            }
          }
          refuse(problems, Goal.MARK);
        }
        List<AppliedVersion> rows = toMark.stream().map(m -> new AppliedVersion(m.version(), m.name(),
            ScriptReader.checksumOf(m.up()), null, null, config.target().appliedBy(),
            config.target().environment()))
            .toList();
        HistoryWriter writer = session.historyWriter();
        writer.inOneTransaction(() -> writer.recordAll(rows), this::editFailed);
        String verb = session.isDryRun() ? "Would mark " : "Marked ";
        for (Migration m : toMark) {
          listener.on(new HistoryEdited(target, true, m.version(), m.name(), m.upFileName(),
              session.isDryRun()));
        }
        session.nothingToDo(toMark.isEmpty() ? "Nothing to mark: no version named is pending."
            : verb + toMark.size() + " version(s) as applied; no script was run.");
        return toMark.stream().map(Migration::version).toList();
      });
    });
  }

  /**
   * Removes the records of {@code versions} (comma-separated): any recorded value, versions or not
   * ({@code abc}, {@code NULL} for a NULL row); the schema is not touched. Refused on a protected
   * environment like {@code down}.
   *
   * @return the versions no longer recorded
   */
  public List<String> unmark(String versions) {
    String target = config.target().name();
    return ReportFiles.around("unmark", config, listener -> {
      List<String> wanted = parse(versions, Goal.UNMARK);
      return new LockedRun(config, listener).run("unmark", session -> {
        Map<String, AppliedVersion> applied = session.applied();
        DestructiveGuard.check(Goal.UNMARK, config, applied, listener);
        List<String> problems = wanted.stream().filter(v -> !applied.containsKey(v))
            .map(v -> v + (v.matches("\\d{14}") ? "" : " (not a 14-digit version)")
                + " is not recorded as applied").toList();
        refuse(problems, Goal.UNMARK);
        HistoryWriter writer = session.historyWriter();
        writer.inOneTransaction(() -> {
          for (String version : wanted) {
            writer.delete(applied.get(version));
          }
        }, this::editFailed);
        String verb = session.isDryRun() ? "Would unmark " : "Unmarked ";
        for (String version : wanted) {
          listener.on(new HistoryEdited(target, false, version, applied.get(version).name(), null,
              session.isDryRun()));
        }
        session.nothingToDo(verb + wanted.size() + " version(s); no script was run.");
        return wanted;
      });
    });
  }

  private List<String> parse(String versions, Goal goal) {
    FrontEnd words = config.frontEnd();
    List<String> list = versions == null ? List.of() : Arrays.stream(versions.split(","))
        .map(String::trim).filter(v -> !v.isEmpty()).distinct().toList();
    if (list.isEmpty() || list.stream().anyMatch(v -> v.equalsIgnoreCase(ALL))) {
      throw new BadSetting(Setting.VERSION, words.goal(goal) + " needs "
          + words.option(Setting.VERSION, "<version>[,<version>...]")
          + (goal == Goal.MARK ? " or " + words.option(Setting.VERSION, ALL) + " (every pending version)" : "")
          + ".");
    }
    // unmark removes any recorded value given exactly (an 'abc' that verify lists); mark needs a file's version
    List<String> malformed = list.stream().filter(v -> !v.matches("\\d{14}")).toList();
    if (goal == Goal.MARK && !malformed.isEmpty()) {
      throw new BadSetting(Setting.VERSION, "Not a 14-digit version: " + String.join(", ", malformed) + ".");
    }
    return list;
  }

  private void refuse(List<String> problems, Goal goal) {
    if (!problems.isEmpty()) {
      FrontEnd words = config.frontEnd();
      throw new Refused(problems, words.goal(goal) + " changed nothing:\n  - " + String.join("\n  - ", problems)
          + "\nRun '" + words.command(Goal.STATUS) + "' to see the versions.");
    }
  }

  /** The failure of an edit made in one transaction, which was rolled back. */
  private DatabaseError editFailed(SQLException sql) {
    return new DatabaseError(SqlStates.append("Cannot edit the history table "
        + config.target().table() + ": " + sql.getMessage(), sql) + "."
        + " Nothing was changed.", sql);
  }
}
