package io.github.dbmigrate.engine.event;

/**
 * Where the database is after a run changed it: its newest applied version ({@code null} when none
 * is left) and how many versions are applied.
 */
public record NowAt(String target, String newest, int applied) implements SecretFree {
  public Kind kind() {
    return Kind.NOW_AT;
  }

  public String message() {
    return newest == null ? "Now at no version: none is applied."
        : "Now at " + newest + ", " + applied + (applied == 1 ? " version" : " versions") + " applied.";
  }
}
