package io.github.dbmigrate.engine.event;

import io.github.dbmigrate.engine.Durations;
import java.time.Duration;
import java.util.function.UnaryOperator;

/** Another run holds the lock; repeated while the wait goes on. */
public record LockWaiting(String target, String holder, Duration timeout) implements EngineEvent {
  public Kind kind() {
    return Kind.LOCK_WAITING;
  }

  public String message() {
    return "Waiting for the migration lock, held by " + holder + "; giving up after "
        + Durations.format(timeout) + ".";
  }

  public EngineEvent masked(UnaryOperator<String> mask) {
    return new LockWaiting(target, mask.apply(holder), timeout);
  }
}
