package io.github.dbmigrate.engine.lint;

import java.util.List;
import java.util.Set;

/**
 * H2's lint: the shared rules in H2's syntax, which renames a column with {@code ALTER COLUMN c
 * RENAME TO d}, drops lists ({@code DROP COLUMN a, b} or {@code (a, b)}) and adds them ({@code ADD
 * (a int, b int)}).
 */
public final class H2Lint implements DatabaseLint {

  private static final Set<String> FIRST_WORDS = Set.of("CREATE", "DROP", "ALTER", "UPDATE", "DELETE",
      "TRUNCATE");

  /** After ALTER COLUMN c, words that change something other than the type. */
  private static final Set<String> NOT_TYPES = Set.of("RENAME", "SET", "DROP", "RESTART", "SELECTIVITY");

  @Override
  public List<Rule> rules() {
    return CommonLint.RULES;
  }

  @Override
  public boolean reads(String firstWord) {
    return FIRST_WORDS.contains(firstWord);
  }

  @Override
  public void read(LintStatement statement) {
    LintStatement expanded = statement.cursor().at("ALTER", "TABLE")
        ? statement.part(AlterActionLists.expand(statement.tokens(), AlterActionLists.H2))
        : statement;
    CommonLint.read(expanded, H2Lint::checkAlter);
  }

  /** {@code ALTER COLUMN c RENAME TO d} and {@code ALTER COLUMN c <type>}. */
  private static void checkAlter(LintStatement statement, String table, TokenCursor action) {
    if (!action.accept("ALTER")) {
      return;
    }
    action.accept("COLUMN");
    action.accept("IF", "EXISTS");
    if (!action.peek().isName()) {
      return;
    }
    String column = action.next().nameKey();
    if (action.accept("RENAME", "TO")) {
      String to = action.next().nameKey();
      if (!statement.isNewColumn(table, column)) {
        statement.report(CommonLint.RENAME_COLUMN, "ALTER COLUMN " + table + "." + column + " RENAME TO " + to);
      }
      statement.schema().renameColumn(table, column, to);
    } else if (!(action.peek().kind() == Token.Kind.WORD && NOT_TYPES.contains(action.peek().text()))) {
      ColumnType type = ColumnType.read(action);
      if (type != null) {
        statement.schema().putColumn(table, column, type);
      }
    }
  }
}
