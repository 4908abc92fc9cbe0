package io.github.dbmigrate.engine.lint;

import io.github.dbmigrate.engine.files.Script;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Which scripts make a table "new" for a later statement: always the statement's own script; when
 * the run knows what is pending ({@code up}, {@code redo}), also every pending script before it,
 * since they all run in the same deploy before any application sees the table.
 */
final class RunScope {

  private final boolean pendingRun;
  private final Set<Path> pendingSoFar = new HashSet<>();

  /** {@code pendingRun}: whether earlier pending scripts of the same run count. */
  RunScope(boolean pendingRun) {
    this.pendingRun = pendingRun;
  }

  /** Notes that {@code script} is one of the run's pending scripts. */
  void pending(Script script) {
    if (pendingRun) {
      pendingSoFar.add(script.file());
    }
  }

  boolean isNew(Schema.Table table, Script current) {
    return isNew(table.createdBy(), current);
  }

  /** Whether what {@code madeBy} made is new for a statement of {@code current}. */
  boolean isNew(Path madeBy, Script current) {
    return madeBy.equals(current.file()) || pendingSoFar.contains(madeBy);
  }
}
