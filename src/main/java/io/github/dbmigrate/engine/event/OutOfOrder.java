package io.github.dbmigrate.engine.event;

/**
 * A pending version older than the newest applied one. When it stops the run ({@code strict}), the
 * failure lists it and the log shows no warning of its own.
 */
public record OutOfOrder(String target, String version, String file, String newest, boolean stopsRun)
    implements SecretFree {
  public Kind kind() {
    return Kind.OUT_OF_ORDER;
  }

  public Level level() {
    return Level.WARN;
  }

  public String message() {
    return file + " is older than the newest applied version " + newest + "; applying it out of order.";
  }

  public boolean logged() {
    return !stopsRun;
  }
}
