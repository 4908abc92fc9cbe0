package io.github.dbmigrate.engine.event;

import io.github.dbmigrate.engine.Durations;
import java.time.Duration;

/** The lock is taken; worth saying out loud only after a noticeable wait. */
public record LockAcquired(String target, Duration waited) implements SecretFree {
  public Kind kind() {
    return Kind.LOCK_ACQUIRED;
  }

  public Level level() {
    return noticeable() ? Level.INFO : Level.DEBUG;
  }

  public String message() {
    return "Took the migration lock" + (noticeable() ? " after waiting " + Durations.format(waited) : "") + ".";
  }

  private boolean noticeable() {
    return waited.toMillis() >= 100;
  }
}
