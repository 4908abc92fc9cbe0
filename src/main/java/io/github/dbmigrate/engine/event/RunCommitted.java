package io.github.dbmigrate.engine.event;

/** The one transaction of a {@code txnMode=all} run committed: what it ran is now applied. */
public record RunCommitted(String target, int applied, int rolledBack) implements SecretFree {
  public Kind kind() {
    return Kind.PROGRESS;
  }

  public String message() {
    return rolledBack == 0 ? "Committed " + applied + " migration(s)."
        : applied == 0 ? "Committed the rollback of " + rolledBack + " migration(s)."
        : "Committed the redo of " + rolledBack + " migration(s).";
  }
}
