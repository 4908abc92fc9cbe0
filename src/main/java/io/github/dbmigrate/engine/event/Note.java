package io.github.dbmigrate.engine.event;

import java.util.function.UnaryOperator;

/** Anything else worth saying, at its level. */
public record Note(String target, Level level, String text) implements TextEvent {
  public Kind kind() {
    return Kind.NOTE;
  }

  public EngineEvent masked(UnaryOperator<String> mask) {
    return new Note(target, level, mask.apply(text));
  }
}
