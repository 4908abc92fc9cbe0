package io.github.dbmigrate.engine.lint;

import java.util.Set;

/**
 * A column added {@code NOT NULL} without a value of its own (a default, an identity, a sequence, a
 * generated expression): on a table with rows the database refuses it or fills a value nobody chose,
 * and once it exists the running release's inserts, which do not set it, fail.
 */
final class NotNullColumn {

  /** Words after which the column has a value of its own, so old inserts still work. */
  private static final Set<String> OWN_VALUE = Set.of("DEFAULT", "AUTO_INCREMENT", "AS", "GENERATED", "IDENTITY");

  private NotNullColumn() {}

  /**
   * Reports {@code rule} when {@code action} ({@code ADD [COLUMN] c type ...}, at ADD) adds such a
   * column to an existing {@code table}; other actions pass, as do columns of {@code selfValued}
   * types (upper case), which the database fills itself.
   */
  static void check(LintStatement statement, String table, TokenCursor action, Rule rule, Set<String> selfValued) {
    if (!action.accept("ADD") || statement.isNew(table)) {
      return;
    }
    if (action.peek().kind() == Token.Kind.WORD && AlterTable.NOT_ADDED_COLUMNS.contains(action.peek().text())) {
      return;
    }
    action.accept("COLUMN");
    action.accept("IF", "NOT", "EXISTS");
    if (!action.peek().isName()) {
      return;
    }
    String column = action.next().nameKey();
    ColumnType type = ColumnType.read(action);
    if (type != null && !selfValued.contains(type.name()) && withoutOwnValue(type, action)) {
      statement.report(rule, "ADD " + table + "." + column + " " + type + " NOT NULL without DEFAULT");
    }
  }

  /** Whether a column definition (after its type) says NOT NULL and gives the column no value of its own. */
  static boolean withoutOwnValue(ColumnType type, TokenCursor definition) {
    if (type.name().equals("SERIAL")) {
      return false; // MySQL: BIGINT UNSIGNED NOT NULL AUTO_INCREMENT
    }
    boolean notNull = false;
    while (!definition.atEnd()) {
      if (definition.accept("NOT", "NULL")) {
        notNull = true;
        continue;
      }
      Token t = definition.next();
      if (t.kind() == Token.Kind.WORD && OWN_VALUE.contains(t.text())) {
        return false;
      }
    }
    return notNull;
  }
}
