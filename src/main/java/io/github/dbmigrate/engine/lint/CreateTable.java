package io.github.dbmigrate.engine.lint;

import java.util.List;
import java.util.Set;

/**
 * Reads {@code CREATE TABLE} as every database writes it, into the schema: the table (new for the
 * rest of its script) and its columns with their types. {@code CREATE TABLE ... AS SELECT} and
 * {@code LIKE} record the table without columns, and so does {@code CREATE MATERIALIZED VIEW}
 * (PostgreSQL, Oracle): it is a table too, and one made in the same script can be indexed at once.
 */
public final class CreateTable {

  /** Words before TABLE that the databases allow: temporary, unlogged and replaced tables. */
  private static final Set<String> TABLE_KINDS = Set.of("OR", "REPLACE", "GLOBAL", "LOCAL", "TEMP",
      "TEMPORARY", "UNLOGGED", "PRIVATE", "SHARDED", "DUPLICATED", "IMMUTABLE", "BLOCKCHAIN", "MEMORY",
      "CACHED", "VIRTUAL");

  /** Words that start a table constraint rather than a column. */
  private static final Set<String> TABLE_CONSTRAINTS = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN",
      "CHECK", "EXCLUDE", "KEY", "INDEX", "FULLTEXT", "SPATIAL", "PERIOD", "LIKE");

  private CreateTable() {}

  /**
   * Records the table when {@code statement} creates one; returns its name key, or null when the
   * statement is no {@code CREATE TABLE}.
   */
  public static String read(LintStatement statement) {
    TokenCursor c = statement.cursor();
    if (!c.accept("CREATE")) {
      return null;
    }
    while (TABLE_KINDS.contains(c.peek().text()) && c.peek().kind() == Token.Kind.WORD) {
      c.next();
    }
    if (!c.accept("TABLE") && !c.accept("MATERIALIZED", "VIEW")) {
      return null;
    }
    c.accept("IF", "NOT", "EXISTS");
    String table = c.objectName();
    if (table == null) {
      return null;
    }
    statement.schema().createTable(table, statement.script());
    List<Token> body = c.parenthesized();
    for (List<Token> element : new TokenCursor(body).restSplitAtCommas()) {
      TokenCursor e = new TokenCursor(element);
      if (!e.peek().isName() || (e.peek().kind() == Token.Kind.WORD
          && TABLE_CONSTRAINTS.contains(e.peek().text()))) {
        continue;
      }
      String column = e.next().nameKey();
      ColumnType type = ColumnType.read(e);
      if (type != null) {
        statement.schema().putColumn(table, column, type);
      }
    }
    return table;
  }
}
