package io.github.dbmigrate.engine.event;

import java.util.function.UnaryOperator;

/** A destructive goal met a protected environment and goes on (overridden, or a dry run). */
public record Guard(String target, String text) implements TextEvent {
  public Kind kind() {
    return Kind.GUARD;
  }

  public Level level() {
    return Level.WARN;
  }

  public EngineEvent masked(UnaryOperator<String> mask) {
    return new Guard(target, mask.apply(text));
  }
}
