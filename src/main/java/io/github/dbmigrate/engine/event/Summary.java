package io.github.dbmigrate.engine.event;

import java.util.function.UnaryOperator;

/** The one-sentence outcome of a command. */
public record Summary(String target, String text) implements TextEvent {
  public Kind kind() {
    return Kind.SUMMARY;
  }

  public EngineEvent masked(UnaryOperator<String> mask) {
    return new Summary(target, mask.apply(text));
  }
}
