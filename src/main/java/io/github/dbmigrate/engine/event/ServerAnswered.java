package io.github.dbmigrate.engine.event;

import io.github.dbmigrate.engine.Durations;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * The database server answered {@code wait} after {@code waited}. When it lacks the database,
 * {@code createsIt} is the command (in the front end's words) that creates it; {@code null} otherwise.
 */
public record ServerAnswered(String target, String url, Duration waited, String createsIt)
    implements EngineEvent {
  public Kind kind() {
    return Kind.SUMMARY;
  }

  public String message() {
    if (databaseMissing()) {
      return "The server of " + url + " is up, but the database does not exist yet; " + createsIt
          + " creates it.";
    }
    return "The database at " + url + " accepts connections"
        + (waited.toMillis() < 100 ? "." : " (after " + Durations.format(waited) + ").");
  }

  public EngineEvent masked(UnaryOperator<String> mask) {
    return new ServerAnswered(target, mask.apply(url), waited, createsIt);
  }

  /** Whether the server lacks the database. */
  public boolean databaseMissing() {
    return createsIt != null;
  }
}
