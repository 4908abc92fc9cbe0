package io.github.dbmigrate.engine.event;

import io.github.dbmigrate.engine.Durations;
import java.time.Duration;
import java.util.function.UnaryOperator;

/** The server does not answer yet; repeated while {@code wait} goes on. */
public record ServerWaiting(String target, String url, String reason, Duration timeout) implements EngineEvent {
  public Kind kind() {
    return Kind.SERVER_WAIT;
  }

  public String message() {
    return "Waiting for the database at " + url + " (" + reason + "); giving up after "
        + Durations.format(timeout) + ".";
  }

  public EngineEvent masked(UnaryOperator<String> mask) {
    return new ServerWaiting(target, mask.apply(url), mask.apply(reason), timeout);
  }
}
