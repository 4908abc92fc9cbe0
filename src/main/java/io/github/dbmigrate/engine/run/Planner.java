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
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

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
   * Throws unless {@code up}'s {@code to} (when given) is a migration file's version, naming the
   * nearest ones; checked before the lock is taken.
   */
  static void checkUpTarget(MigrationSet files, Limit limit, FrontEnd words) {
    String to = limit.to();
    if (to == null || files.contains(to)) {
      return;
    }
    NavigableSet<String> versions = new TreeSet<>();
    files.all().forEach(m -> versions.add(m.version()));
    String why = limit.toBase() ? " means \"before every version\", which only " + words.goal(Goal.DOWN)
        + " can go to." : " is not the version of a migration file; " + nearest(versions, to) + ".";
    throw new BadSetting(Setting.TO, words.setting(Setting.TO, to) + why + " Give the 14-digit version a file"
        + " name starts with; '" + words.command(Goal.STATUS) + "' lists them. Nothing was changed.");
  }

  /**
   * The pending migrations {@code up} applies, in version order: all of them, the {@code steps} oldest
   * (all when fewer are pending), or those up to and including {@code to}, out-of-order ones included.
   */
  static List<Migration> toApply(List<Migration> pending, Limit limit) {
    if (limit.to() != null) {
      return pending.stream().filter(m -> m.version().compareTo(limit.to()) <= 0).toList();
    }
    if (limit.steps() != null) {
      return pending.stream().limit(limit.steps()).toList();
    }
    return pending;
  }

  /**
   * What {@code up} says before it applies {@code chosen} of {@code pending} under a limit, or empty
   * without a limit or when {@code steps} is exactly the number pending; {@code chosen} is not empty.
   */
  static Optional<String> upLimitNote(List<Migration> pending, List<Migration> chosen, Limit limit, FrontEnd words) {
    if (limit.steps() == null && limit.to() == null || limit.steps() != null && limit.steps() == pending.size()) {
      return Optional.empty();
    }
    String given = limit.to() != null ? words.setting(Setting.TO, limit.to())
        : words.setting(Setting.STEPS, String.valueOf(limit.steps()));
    if (chosen.size() == pending.size()) {
      return Optional.of(limit.to() != null
          ? "Applying all " + pending.size() + " pending version(s): none is newer than " + given + "."
          : given + ", but only " + pending.size() + " pending: applying all " + pending.size() + ".");
    }
    int left = pending.size() - chosen.size();
    return Optional.of("Applying " + (limit.to() != null ? chosen.size() + " of " + pending.size()
        + " pending version(s), up to and including " + given : "the " + chosen.size() + " oldest of "
        + pending.size() + " pending version(s) (" + given + ")") + "; " + left + " stay pending, from "
        + pending.get(chosen.size()).version() + " on.");
  }

  /** The {@code to} given, when it is older than every pending version, worded for the summary. */
  static String nothingUpTo(List<Migration> pending, Limit limit, FrontEnd words) {
    return "Nothing to apply: no pending version is at or before " + words.setting(Setting.TO, limit.to())
        + "; " + pending.size() + " pending, the oldest " + pending.get(0).version() + ".";
  }

  /**
   * The applied versions to roll back, newest first: the {@code steps} newest (1 by default; every one
   * when fewer are applied), with {@code to} every applied version newer than it, or with
   * {@code to=base} (or {@code 0}) every applied version. Every one must have a down script; otherwise
   * nothing runs.
   */
  public static List<Migration> toRollBack(MigrationSet files, Map<String, AppliedVersion> applied,
      Limit limit, FrontEnd words) {
    limit.check(words);
    NavigableMap<String, AppliedVersion> recorded = versionsOnly(applied);
    List<String> versions = new ArrayList<>();
    String to = limit.to();
    if (limit.toBase()) {
      versions.addAll(recorded.descendingKeySet());
    } else if (to != null) {
      if (!recorded.containsKey(to) && !files.contains(to)) {
        NavigableSet<String> known = new TreeSet<>(recorded.keySet());
        files.all().forEach(m -> known.add(m.version()));
        throw new BadSetting(Setting.TO, words.setting(Setting.TO, to) + " is neither an applied version nor a"
            + " migration file; " + nearest(known, to) + ". Give a version, or base (or 0) to roll back every"
            + " version; '" + words.command(Goal.STATUS) + "' lists them. Nothing was changed.");
      }
      versions.addAll(recorded.tailMap(to, false).descendingKeySet());
    } else {
      int steps = limit.steps() == null ? 1 : limit.steps();
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

  /**
   * What a rollback of {@code steps} says when fewer versions are applied (the Go tool's
   * {@code -down 999}: all of them), or empty.
   */
  static Optional<String> stepsBeyondApplied(Limit limit, Map<String, AppliedVersion> applied, FrontEnd words) {
    int appliedCount = versionsOnly(applied).size();
    if (limit.steps() == null || limit.steps() <= appliedCount || appliedCount == 0) {
      return Optional.empty();
    }
    return Optional.of(words.setting(Setting.STEPS, String.valueOf(limit.steps())) + ", but only " + appliedCount
        + " applied: rolling back all " + appliedCount + ".");
  }

  /** The versions either side of {@code wanted}, as a clause. */
  private static String nearest(NavigableSet<String> versions, String wanted) {
    if (versions.isEmpty()) {
      return "there is no version at all";
    }
    String before = versions.lower(wanted);
    String after = versions.higher(wanted);
    if (before != null && after != null) {
      return "the nearest are " + before + " (before) and " + after + " (after)";
    }
    return "the nearest is " + (before != null ? before + " (the newest)" : after + " (the oldest)");
  }
}
