package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.DbMigrateException;
import io.github.dbmigrate.engine.EngineEvent;
import io.github.dbmigrate.engine.EngineEvent.Kind;
import io.github.dbmigrate.engine.files.Migration;
import io.github.dbmigrate.engine.files.MigrationSet;
import io.github.dbmigrate.engine.history.AppliedVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code up} checks before it runs anything: applied files edited since (drift) and pending
 * versions older than the newest applied one. Both are warnings and the run goes on, as the Rails
 * policy wants; with {@code dbmigrate.strict=true} either stops the run before anything ran.
 */
final class UpChecks {

  private UpChecks() {}

  /** Warns or, when strict, throws; returns the out-of-order versions. */
  static List<String> check(Session session, MigrationSet files, Map<String, AppliedVersion> applied,
      List<Migration> pending) {
    String newest = Planner.newest(applied);
    List<String> outOfOrder = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Migration m : pending) {
      if (newest != null && m.version().compareTo(newest) < 0) {
        outOfOrder.add(m.version());
        problems.add(m.upFileName() + " is older than the newest applied version " + newest);
      }
    }
    List<Drift.Item> drift = Drift.find(files, applied);
    drift.forEach(item -> session.report.drift(item.describe()));
    drift.forEach(item -> problems.add(item.describe()));
    session.report.outOfOrder(outOfOrder);
    if (session.config.options().strict() && !problems.isEmpty()) {
      throw new DbMigrateException("dbmigrate.strict=true stops dbmigrate:up; nothing was run:\n  - "
          + String.join("\n  - ", problems) + "\nRestore edited files as they were applied and put"
          + " changes in a new migration; give out-of-order migrations a version newer than " + newest
          + " (or run without dbmigrate.strict to apply them as they are).");
    }
    for (Migration m : pending) {
      if (outOfOrder.contains(m.version())) {
        session.listener.on(EngineEvent.warn(Kind.OUT_OF_ORDER, m.upFileName()
            + " is older than the newest applied version " + newest + "; applying it out of order."));
      }
    }
    for (Drift.Item item : drift) {
      session.listener.on(EngineEvent.warn(Kind.DRIFT, item.describe() + "; up goes on, but the database"
          + " may differ from what the file now says. Restore the file and put the change in a new"
          + " migration (dbmigrate.strict=true makes this an error)."));
    }
    return outOfOrder;
  }
}
