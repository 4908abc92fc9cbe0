package io.github.dbmigrate.engine.event;

/** A dry run's outcome: how many scripts would run, and the file its statements went to. */
public record DryRunWritten(String target, int scripts, String file) implements SecretFree {
  public Kind kind() {
    return Kind.SUMMARY;
  }

  public String message() {
    return "Dry run: " + scripts + " script(s) would run; nothing was changed. Statements: " + file + ".";
  }
}
