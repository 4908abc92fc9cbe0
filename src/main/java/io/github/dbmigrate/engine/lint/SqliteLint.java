package io.github.dbmigrate.engine.lint;

import java.util.List;
import java.util.Set;

/**
 * SQLite's lint: the shared rules, which SQLite's ALTER TABLE (RENAME TO, RENAME [COLUMN], ADD
 * [COLUMN], DROP COLUMN) writes as the other databases do. SQLite has no TRUNCATE, so no {@code
 * truncate-table}; {@code UPDATE OR REPLACE t} is read as {@code UPDATE t}.
 */
public final class SqliteLint implements DatabaseLint {

  private static final Set<String> FIRST_WORDS = Set.of("CREATE", "DROP", "ALTER", "UPDATE", "DELETE", "WITH");

  /** UPDATE OR REPLACE/IGNORE/ABORT/FAIL/ROLLBACK t: the conflict clause before the table. */
  private static final CommonLint.DmlSyntax DML = new CommonLint.DmlSyntax(
      Set.of("OR", "REPLACE", "IGNORE", "ABORT", "FAIL", "ROLLBACK"), Set.of());

  private static final List<Rule> RULES = CommonLint.RULES.stream()
      .filter(r -> r != CommonLint.TRUNCATE_TABLE).toList();

  @Override
  public List<Rule> rules() {
    return RULES;
  }

  @Override
  public boolean reads(String firstWord) {
    return FIRST_WORDS.contains(firstWord);
  }

  @Override
  public void read(LintStatement statement) {
    CommonLint.read(statement, (s, table, action) -> { }, DML);
  }
}
