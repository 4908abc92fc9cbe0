package io.github.dbmigrate.engine.event;

import java.util.function.UnaryOperator;

/**
 * An applied file edited since it ran. Only {@code up} warns of it ({@code warned}); status, verify
 * and a strict {@code up} list it in their own output. {@code strictOn} is the setting that makes it
 * an error, in the front end's words.
 */
public record DriftFound(String target, String description, boolean warned, String strictOn)
    implements EngineEvent {
  public Kind kind() {
    return Kind.DRIFT;
  }

  public Level level() {
    return Level.WARN;
  }

  public String message() {
    return description + "; up goes on, but the database may differ from what the file now says."
        + " Restore the file and put the change in a new migration (" + strictOn + " makes this"
        + " an error).";
  }

  public boolean logged() {
    return warned;
  }

  @Override
  public EngineEvent masked(UnaryOperator<String> mask) {
    return new DriftFound(target, mask.apply(description), warned, strictOn);
  }
}
