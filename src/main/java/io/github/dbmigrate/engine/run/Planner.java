package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.BadSetting;
import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.Goal;
import io.github.dbmigrate.engine.Refused;
import io.github.dbmigrate.engine.Setting;
import io.github.dbmigrate.engine.files.Migration;
import io.github.dbmigrate.engine.files.MigrationSet;
import io.github.dbmigrate.engine.history.AppliedVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Decides which migrations run: the Rails policy of files minus recorded versions. */
public final class Planner {

  private Planner() {}

  /** Every migration whose version is not recorded, in version order, even older than the newest. */
  public static List<Migration> pending(MigrationSet files, Map<String, AppliedVersion> applied) {
    return files.all().stream().filter(m -> !applied.containsKey(m.version())).toList();
  }

  /** The newest recorded version, or {@code null}; rows that record no version never count. */
  public static String newest(Map<String, AppliedVersion> applied) {
    NavigableMap<String, AppliedVersion> recorded = versionsOnly(applied);
    return recorded.isEmpty() ? null : recorded.lastKey();
  }

  /** The rows that record a migration's version, in version order: NULL and {@code abc} are no version. */
  static NavigableMap<String, AppliedVersion> versionsOnly(Map<String, AppliedVersion> applied) {
    NavigableMap<String, AppliedVersion> recorded = new TreeMap<>();
    applied.forEach((version, row) -> {
      if (row.isVersion()) {
        recorded.put(version, row);
      }
    });
    return recorded;
  }

  /**
   * The applied versions to roll back, newest first: the {@code steps} newest, or with {@code to}
   * every applied version newer than it. Every one must have a down script; otherwise nothing runs.
   */
  public static List<Migration> toRollBack(MigrationSet files, Map<String, AppliedVersion> applied,
      int steps, String to, FrontEnd words) {
    NavigableMap<String, AppliedVersion> recorded = versionsOnly(applied);
    List<String> versions = new ArrayList<>();
    if (to != null) {
      if (!recorded.containsKey(to) && !files.contains(to)) {
        throw new BadSetting(Setting.TO, words.setting(Setting.TO, to) + " is neither an applied version nor a"
            + " migration file. Run '" + words.command(Goal.STATUS) + "' to see the versions.");
      }
      versions.addAll(recorded.tailMap(to, false).descendingKeySet());
    } else {
      if (steps < 1) {
        throw new BadSetting(Setting.STEPS, words.setting(Setting.STEPS) + " must be at least 1, not " + steps + ".");
      }
      if (steps > recorded.size()) {
        throw new Refused("Cannot roll back " + steps + " version(s): only "
            + recorded.size() + " applied. Nothing was changed.");
      }
      versions.addAll(recorded.descendingKeySet().stream().limit(steps).toList());
    }
    List<String> problems = new ArrayList<>();
    List<Migration> plan = new ArrayList<>();
    for (String version : versions) {
      Migration migration = files.get(version);
      if (migration == null) {
        problems.add(version + " has no migration file at all");
      } else if (!migration.hasDown()) {
        problems.add(version + " (" + migration.upFileName() + ") has no .down.sql file");
      } else {
        plan.add(migration);
      }
    }
    if (!problems.isEmpty()) {
      throw new Refused(problems, "Cannot roll back; nothing was changed:\n  - "
          + String.join("\n  - ", problems) + "\nWrite the missing down script(s), or choose fewer"
          + " steps with " + words.setting(Setting.STEPS) + " / " + words.setting(Setting.TO) + ".");
    }
    return plan;
  }
}
