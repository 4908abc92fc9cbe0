package io.github.dbmigrate.engine.event;

import io.github.dbmigrate.engine.files.Direction;

/**
 * A script is about to run, the {@code position}-th of the run's {@code total}: one line a script
 * (never one a statement), so that a long migration shows while it runs.
 */
public record MigrationStarting(String target, String file, Direction direction, int position, int total)
    implements SecretFree {
  public Kind kind() {
    return Kind.MIGRATION_STARTING;
  }

  public String message() {
    return (direction == Direction.UP ? "Migrating " : "Rolling back ") + file + " (" + position + "/" + total + ")";
  }
}
