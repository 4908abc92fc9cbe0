package io.github.dbmigrate.engine.lint;

/**
 * One lint rule: a stable id users name in settings and allow comments, its level unless configured
 * otherwise, what goes wrong when such a statement runs, and the safe way to do the same.
 *
 * @param id the stable id, such as {@code drop-column}
 * @param level {@link Level#ERROR} or {@link Level#WARN}
 * @param problem what goes wrong (which lock, a table rewrite, a running release breaking)
 * @param recipe the safe way, step by step
 * @param predictsFailure whether the statement would fail at deploy (not merely be unsafe): such rules
 *     judge down scripts too
 */
public record Rule(String id, Level level, String problem, String recipe, boolean predictsFailure) {

  /** An unsafe-change rule at level error. */
  public static Rule error(String id, String problem, String recipe) {
    return new Rule(id, Level.ERROR, problem, recipe, false);
  }

  /** An unsafe-change rule at level warn. */
  public static Rule warn(String id, String problem, String recipe) {
    return new Rule(id, Level.WARN, problem, recipe, false);
  }

  /** A rule for what fails at deploy; it judges down scripts too. */
  public static Rule failure(String id, String problem, String recipe) {
    return new Rule(id, Level.ERROR, problem, recipe, true);
  }
}
