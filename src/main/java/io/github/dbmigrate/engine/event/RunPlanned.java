package io.github.dbmigrate.engine.event;

/**
 * How many migrations the run will apply ({@code toApply}) and roll back ({@code toRollBack}; redo
 * does both), said once before the first script.
 */
public record RunPlanned(String target, int toApply, int toRollBack) implements SecretFree {
  public Kind kind() {
    return Kind.PROGRESS;
  }

  public String message() {
    return toRollBack == 0 ? toApply + " migration(s) pending"
        : toApply == 0 ? toRollBack + " migration(s) to roll back"
        : toRollBack + " migration(s) to roll back and re-apply";
  }
}
