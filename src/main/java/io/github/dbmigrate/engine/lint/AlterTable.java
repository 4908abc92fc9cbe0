package io.github.dbmigrate.engine.lint;

import java.util.List;
import java.util.Set;

/**
 * Reads {@code ALTER TABLE name action, action, ...} for every database: each action is handed
 * first to the database's own check (which sees the schema as it was before the action), then to
 * the actions all databases share, which apply the common rules and record the change:
 * {@code ADD [COLUMN]}, {@code DROP [COLUMN]}, {@code RENAME COLUMN a TO b}, {@code RENAME TO n},
 * and {@code ALTER [COLUMN] c [SET DATA] TYPE t}.
 */
public final class AlterTable {

  /** A database's check of one action of {@code ALTER TABLE table}. */
  @FunctionalInterface
  public interface Action {
    /** Checks {@code action} (a cursor at its first token) of {@code ALTER TABLE table}. */
    void check(LintStatement statement, String table, TokenCursor action);
  }

  /** After DROP, words that drop something other than a column. */
  private static final Set<String> NOT_COLUMNS = Set.of("CONSTRAINT", "INDEX", "KEY", "PRIMARY", "FOREIGN",
      "UNIQUE", "CHECK", "PARTITION", "DEFAULT", "NOT", "EXPRESSION", "IDENTITY", "TRIGGER", "PERIOD",
      "SYSTEM", "FULLTEXT", "SPATIAL", "SUPPLEMENTAL", "STORAGE");

  /** After ADD, words that add something other than a column. */
  static final Set<String> NOT_ADDED_COLUMNS = Set.of("CONSTRAINT", "INDEX", "KEY", "PRIMARY", "FOREIGN",
      "UNIQUE", "CHECK", "PARTITION", "EXCLUDE", "FULLTEXT", "SPATIAL", "PERIOD", "SYSTEM", "SUPPLEMENTAL");

  private AlterTable() {}

  /**
   * Reads the statement when it is an {@code ALTER TABLE}; returns the table's name key, or null
   * for any other statement.
   */
  public static String read(LintStatement statement, Action database) {
    TokenCursor c = statement.cursor();
    if (!c.accept("ALTER")) {
      return null;
    }
    c.accept("ONLINE"); // MariaDB's ALTER ONLINE [IGNORE] TABLE
    c.accept("IGNORE");
    if (!c.accept("TABLE")) {
      return null;
    }
    c.accept("IF", "EXISTS");
    c.accept("ONLY");
    String table = c.objectName();
    if (table == null) {
      return null;
    }
    c.acceptPunct('*');
    for (List<Token> action : c.restSplitAtCommas()) {
      database.check(statement, table, new TokenCursor(action));
      common(statement, table, new TokenCursor(action));
    }
    return table;
  }

  private static void common(LintStatement statement, String table, TokenCursor a) {
    Schema schema = statement.schema();
    boolean existing = !statement.isNew(table);
    if (a.accept("ADD")) {
      if (a.peek().kind() == Token.Kind.WORD && NOT_ADDED_COLUMNS.contains(a.peek().text())) {
        return;
      }
      a.accept("COLUMN");
      boolean maybeThere = a.accept("IF", "NOT", "EXISTS");
      if (a.peek().isPunct('(')) {
        return; // Oracle's ADD (a int, b int) is read by its own check
      }
      String column = a.next().nameKey();
      ColumnType type = ColumnType.read(a);
      if (maybeThere) { // the column may be an old one: it does not become new
        if (type != null) {
          schema.putColumn(table, column, type);
        }
      } else {
        schema.addColumn(table, column, type, statement.script().file());
      }
    } else if (a.accept("DROP")) {
      if (a.peek().kind() == Token.Kind.WORD && NOT_COLUMNS.contains(a.peek().text())) {
        return;
      }
      a.accept("COLUMN");
      a.accept("IF", "EXISTS");
      if (!a.peek().isName()) {
        return;
      }
      String column = a.next().nameKey();
      if (!statement.isNewColumn(table, column)) {
        statement.report(CommonLint.DROP_COLUMN, "DROP COLUMN " + table + "." + column);
      }
      schema.dropColumn(table, column);
    } else if (a.accept("RENAME", "COLUMN") || (a.at("RENAME") && !a.at("RENAME", "TO")
        && !a.at("RENAME", "AS") && !a.at("RENAME", "CONSTRAINT") && !a.at("RENAME", "INDEX")
        && !a.at("RENAME", "KEY") && a.peek(2).is("TO") && a.accept("RENAME"))) {
      String from = a.next().nameKey();
      a.accept("TO");
      String to = a.next().nameKey();
      if (!statement.isNewColumn(table, from)) {
        statement.report(CommonLint.RENAME_COLUMN, "RENAME COLUMN " + table + "." + from + " TO " + to);
      }
      schema.renameColumn(table, from, to);
    } else if (a.accept("RENAME", "TO") || a.accept("RENAME", "AS")
        || (a.at("RENAME") && a.peek(1).isName() && !a.peek(2).is("TO") && !a.at("RENAME", "INDEX")
            && !a.at("RENAME", "KEY") && !a.at("RENAME", "CONSTRAINT") && !a.at("RENAME", "COLUMN")
            && a.accept("RENAME"))) {
      // MySQL's TO and AS are optional: RENAME new_name
      String to = a.objectName();
      if (existing) {
        statement.report(CommonLint.RENAME_TABLE, "RENAME " + table + " TO " + to);
      }
      schema.renameTable(table, to);
    } else if (a.accept("ALTER")) {
      a.accept("COLUMN");
      String column = a.next().nameKey();
      if (a.accept("SET", "DATA", "TYPE") || a.accept("TYPE")) {
        ColumnType type = ColumnType.read(a);
        if (type != null) {
          schema.putColumn(table, column, type);
        }
      }
    }
  }
}
