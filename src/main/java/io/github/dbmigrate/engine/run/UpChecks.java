package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.Goal;
import io.github.dbmigrate.engine.Refused;
import io.github.dbmigrate.engine.Setting;
import io.github.dbmigrate.engine.event.DriftFound;
import io.github.dbmigrate.engine.event.OutOfOrder;
import io.github.dbmigrate.engine.files.Migration;
import io.github.dbmigrate.engine.files.MigrationSet;
import io.github.dbmigrate.engine.history.AppliedVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code up} checks before it runs anything: applied files edited since (drift) and pending
 * versions older than the newest applied one. Both are warnings and the run goes on, as the Rails
 * policy wants; with {@code strict=true} either stops the run before anything ran.
 */
final class UpChecks {

  private UpChecks() {}

  /** Warns or, when strict, throws; returns the out-of-order versions. */
  static List<String> check(Session session, MigrationSet files, Map<String, AppliedVersion> applied,
      List<Migration> pending) {
    String newest = Planner.newest(applied);
    List<Migration> outOfOrder = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Migration m : pending) {
      if (newest != null && m.version().compareTo(newest) < 0) {
        outOfOrder.add(m);
        problems.add(m.upFileName() + " is older than the newest applied version " + newest);
      }
    }
    List<Drift.Item> drift = Drift.find(files, applied);
    drift.forEach(item -> problems.add(item.describe()));
    // Strict, the failure lists them all; otherwise each is a warning and the run goes on.
    boolean stops = session.config().options().strict() && !problems.isEmpty();
    String target = session.config().target().name();
    FrontEnd words = session.config().frontEnd();
    for (Migration m : outOfOrder) {
      session.listener().on(new OutOfOrder(target, m.version(), m.upFileName(), newest, stops));
    }
    for (Drift.Item item : drift) {
      session.listener().on(new DriftFound(target, item.describe(), !stops, words.setting(Setting.STRICT, "true")));
    }
    if (stops) {
      throw new Refused(problems, words.setting(Setting.STRICT, "true") + " stops " + words.goal(Goal.UP)
          + "; nothing was run:\n  - " + String.join("\n  - ", problems) + "\nRestore edited files as they"
          + " were applied and put changes in a new migration; give out-of-order migrations a version newer"
          + " than " + newest + " (or run without " + words.setting(Setting.STRICT) + " to apply them as"
          + " they are).");
    }
    return outOfOrder.stream().map(Migration::version).toList();
  }
}
