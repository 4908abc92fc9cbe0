package io.github.dbmigrate.engine.event;

import java.util.function.UnaryOperator;

/**
 * Something a check found. One that fails the check is listed in the failure, not logged; a
 * tolerated one says which setting tolerates it.
 */
public record Finding(String target, String text, String toleratedBy, boolean fails) implements EngineEvent {
  public Kind kind() {
    return Kind.FINDING;
  }

  public Level level() {
    return Level.WARN;
  }

  public String message() {
    return text + (toleratedBy == null ? "" : " (tolerated: " + toleratedBy + "=true)") + ".";
  }

  public boolean logged() {
    return !fails;
  }

  public EngineEvent masked(UnaryOperator<String> mask) {
    return new Finding(target, mask.apply(text), toleratedBy, fails);
  }
}
