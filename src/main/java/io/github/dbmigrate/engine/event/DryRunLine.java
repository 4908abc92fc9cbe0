package io.github.dbmigrate.engine.event;

import java.util.function.UnaryOperator;

/** One line of what a dry run would execute. */
public record DryRunLine(String target, String text) implements TextEvent {
  public Kind kind() {
    return Kind.DRY_RUN;
  }

  public EngineEvent masked(UnaryOperator<String> mask) {
    return new DryRunLine(target, mask.apply(text));
  }
}
