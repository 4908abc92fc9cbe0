package io.github.dbmigrate.engine.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * SQLite's lint: the shared rules, which SQLite's ALTER TABLE (RENAME TO, RENAME [COLUMN], ADD
 * [COLUMN], DROP COLUMN) writes as the other databases do. SQLite has no TRUNCATE, so no {@code
 * truncate-table}; {@code UPDATE OR REPLACE t} is read as {@code UPDATE t}.
 */
public final class SqliteLint implements DatabaseLint {

  private static final Set<String> FIRST_WORDS = Set.of("CREATE", "DROP", "ALTER", "UPDATE", "DELETE", "WITH");

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
    TokenCursor c = statement.cursor();
    LintStatement plain = statement;
    if (c.at("UPDATE", "OR")) { // UPDATE OR REPLACE/IGNORE/ABORT/FAIL/ROLLBACK t
      List<Token> tokens = new ArrayList<>(statement.tokens());
      tokens.subList(1, Math.min(3, tokens.size())).clear();
      plain = statement.part(tokens);
    }
    CommonLint.read(plain, (s, table, action) -> { });
  }
}
