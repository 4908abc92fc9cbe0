package io.github.dbmigrate.engine.event;

import java.util.function.UnaryOperator;

/** One line of the status table. */
public record StatusLine(String target, String text) implements TextEvent {
  public Kind kind() {
    return Kind.STATUS_LINE;
  }

  public EngineEvent masked(UnaryOperator<String> mask) {
    return new StatusLine(target, mask.apply(text));
  }
}
