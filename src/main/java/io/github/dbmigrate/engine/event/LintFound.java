package io.github.dbmigrate.engine.event;

/**
 * What a lint rule found at one statement, as one line {@code path:line: rule-id: message}: an error,
 * a warning, or (at info) one an allow comment allows, with its reason. One that the goal's failure
 * lists ({@code up} refusing) is not logged as well.
 */
public record LintFound(String target, io.github.dbmigrate.engine.lint.Finding finding, boolean listedInFailure)
    implements SecretFree {
  public Kind kind() {
    return Kind.LINT;
  }

  public Level level() {
    if (finding.allowed()) {
      return Level.INFO;
    }
    return finding.level() == io.github.dbmigrate.engine.lint.Level.ERROR ? Level.ERROR : Level.WARN;
  }

  public String message() {
    return finding.text();
  }

  public boolean logged() {
    return !listedInFailure;
  }
}
