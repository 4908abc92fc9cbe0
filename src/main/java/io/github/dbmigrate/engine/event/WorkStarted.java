package io.github.dbmigrate.engine.event;

import io.github.dbmigrate.engine.Durations;
import java.time.Duration;

/** The work began, after waiting {@code lockWait} for the lock (zero without one). */
public record WorkStarted(String target, Duration lockWait) implements SecretFree {
  public Kind kind() {
    return Kind.WORK_STARTED;
  }

  public Level level() {
    return Level.DEBUG;
  }

  public String message() {
    return "Work started after a lock wait of " + Durations.format(lockWait) + ".";
  }

  public boolean logged() {
    return false;
  }
}
