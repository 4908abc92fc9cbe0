package io.github.dbmigrate.engine.event;

import io.github.dbmigrate.engine.files.Direction;
import java.time.Duration;

/** A script whose version row was committed (in a dry run: would be); what reports list. */
public record MigrationRecorded(String target, String version, String name, String file, Direction direction,
    Duration took) implements SecretFree {
  public Kind kind() {
    return Kind.MIGRATION_RECORDED;
  }

  public Level level() {
    return Level.DEBUG;
  }

  public String message() {
    return "Recorded " + file + ".";
  }

  public boolean logged() {
    return false;
  }
}
