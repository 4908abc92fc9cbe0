package io.github.dbmigrate.engine.event;

import io.github.dbmigrate.engine.Durations;
import io.github.dbmigrate.engine.files.Direction;
import java.time.Duration;

/**
 * A script ran. In {@code txnMode=all} it is {@code uncommitted}: the run's transaction may still
 * roll it back, so the line says it ran, and {@link RunCommitted} confirms it.
 */
public record MigrationRan(String target, String version, String name, String file, Direction direction,
    Duration took, boolean uncommitted) implements SecretFree {
  public Kind kind() {
    return direction == Direction.UP ? Kind.MIGRATION_APPLIED : Kind.MIGRATION_ROLLED_BACK;
  }

  public String message() {
    if (uncommitted) {
      return "Ran " + file + " in " + Durations.format(took) + " (uncommitted)";
    }
    return (direction == Direction.UP ? "Applied " : "Rolled back ") + file + " in " + Durations.format(took);
  }
}
