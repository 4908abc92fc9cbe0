package io.github.dbmigrate.engine.lint;

import java.util.List;

/**
 * One database's lint: its rules, and a reader that recognizes, in one statement at a time, what the
 * statement does to the schema. Each database has one small class (reached from its dialect);
 * {@link Linter} drives it through the files in version order.
 */
public interface DatabaseLint {

  /** Every rule this database checks, for the settings and the documentation. */
  List<Rule> rules();

  /**
   * Reads one statement: reports what its rules find ({@link LintStatement#report}) and records
   * what it changes ({@link LintStatement#schema()}), judging against the schema as the earlier
   * statements left it.
   */
  void read(LintStatement statement);

  /**
   * Whether a statement starting with {@code firstWord} (upper case; empty when it starts with
   * something else) can concern a rule or the schema; others are not even tokenized, which keeps
   * the lint cheap on large histories.
   */
  default boolean reads(String firstWord) {
    return true;
  }
}
