package io.github.dbmigrate.engine.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** PostgreSQL's lint: the rules of squawk and strong_migrations, judged statement by statement. */
public final class PostgresLint implements DatabaseLint {

  private static final Set<String> FIRST_WORDS = Set.of("CREATE", "DROP", "ALTER", "UPDATE", "DELETE",
      "TRUNCATE");

  @Override
  public List<Rule> rules() {
    List<Rule> rules = new ArrayList<>(CommonLint.RULES);
    return List.copyOf(rules);
  }

  @Override
  public boolean reads(String firstWord) {
    return FIRST_WORDS.contains(firstWord);
  }

  @Override
  public void read(LintStatement statement) {
    CommonLint.read(statement, this::checkAlter);
  }

  /** PostgreSQL's own rules on one ALTER TABLE action, before the change is recorded. */
  private void checkAlter(LintStatement statement, String table, TokenCursor action) {
  }
}
