package io.github.dbmigrate.engine.lint;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * PostgreSQL's own rules on one {@code ALTER TABLE} action, judged against the schema before the
 * action (the shared actions are then recorded by {@link AlterTable}): added columns (NOT NULL
 * without default, values computed per row, inline constraints), type changes, SET NOT NULL, added
 * constraints and their validation, and DETACH PARTITION CONCURRENTLY.
 */
final class PostgresAlter {

  /** Functions PostgreSQL marks volatile that column defaults use; a default calling one rewrites. */
  private static final Set<String> VOLATILE = Set.of("RANDOM", "RANDOM_NORMAL", "CLOCK_TIMESTAMP",
      "TIMEOFDAY", "GEN_RANDOM_UUID", "GEN_RANDOM_BYTES", "UUID_GENERATE_V1", "UUID_GENERATE_V1MC",
      "UUID_GENERATE_V4", "UUIDV4", "UUIDV7", "NEXTVAL");

  /** Types that are an integer with a nextval() default. */
  private static final Set<String> SERIALS = Set.of("SERIAL", "BIGSERIAL", "SMALLSERIAL", "SERIAL2",
      "SERIAL4", "SERIAL8");

  /** Words that start the next part of a column definition, ending a DEFAULT expression. */
  private static final Set<String> COLUMN_CONSTRAINTS = Set.of("NOT", "NULL", "CONSTRAINT", "PRIMARY",
      "UNIQUE", "REFERENCES", "CHECK", "GENERATED", "COLLATE", "DEFAULT");

  private PostgresAlter() {}

  /** The {@link AlterTable.Action} for PostgreSQL. */
  static void check(LintStatement statement, String table, TokenCursor a) {
    boolean existing = !statement.isNew(table);
    if (a.accept("ADD")) {
      if (a.peek().kind() == Token.Kind.WORD && AlterTable.NOT_ADDED_COLUMNS.contains(a.peek().text())) {
        addConstraint(statement, table, a, existing);
      } else if (existing) {
        addColumn(statement, table, a);
      }
    } else if (a.accept("ALTER")) {
      a.accept("COLUMN");
      String column = a.next().nameKey();
      if (a.accept("SET", "NOT", "NULL")) {
        if (existing && !statement.schema().hasValidNotNullCheck(table, column)) {
          statement.report(PostgresLint.SET_NOT_NULL, "ALTER COLUMN " + table + "." + column + " SET NOT NULL");
        }
      } else if (existing && (a.accept("SET", "DATA", "TYPE") || a.accept("TYPE"))) {
        PostgresTypeChange.check(statement, table, column, a);
      }
    } else if (a.accept("VALIDATE", "CONSTRAINT")) {
      validate(statement, table, a.objectName());
    } else if (a.accept("DROP", "CONSTRAINT")) {
      a.accept("IF", "EXISTS");
      String name = a.objectName();
      if (name != null) {
        statement.schema().dropConstraint(table, name);
      }
    } else if (a.accept("DETACH", "PARTITION")) {
      String partition = a.objectName();
      if (a.accept("CONCURRENTLY") && statement.inTransaction()) {
        statement.report(PostgresLint.CONCURRENTLY_IN_TRANSACTION, "DETACH PARTITION " + partition
            + " CONCURRENTLY from " + table + " in a file that runs in a transaction");
      }
    }
  }

  /** ADD COLUMN on an existing table: what fills its rows, and its inline constraints. */
  private static void addColumn(LintStatement statement, String table, TokenCursor a) {
    a.accept("COLUMN");
    a.accept("IF", "NOT", "EXISTS");
    String column = a.next().nameKey();
    ColumnType type = ColumnType.read(a);
    String subject = "ADD COLUMN " + table + "." + column + (type == null ? "" : " " + type);
    List<Token> rest = a.rest();
    String perRow = null;
    boolean hasDefault = false;
    boolean notNull = false;
    String unique = null;
    boolean references = false;
    int depth = 0;
    for (int i = 0; i < rest.size(); i++) {
      Token t = rest.get(i);
      if (t.isPunct('(')) {
        depth++;
      } else if (t.isPunct(')')) {
        depth--;
      } else if (depth == 0 && t.is("DEFAULT")) {
        hasDefault = true;
        String call = volatileCall(rest, i + 1);
        perRow = call == null ? perRow : "DEFAULT calling " + call.toLowerCase(Locale.ROOT) + "(), which is volatile";
      } else if (depth == 0 && t.is("NOT") && i + 1 < rest.size() && rest.get(i + 1).is("NULL")) {
        notNull = true;
      } else if (depth == 0 && t.is("PRIMARY")) {
        notNull = true;
        unique = "PRIMARY KEY";
      } else if (depth == 0 && t.is("UNIQUE")) {
        unique = "UNIQUE";
      } else if (depth == 0 && t.is("REFERENCES")) {
        references = true;
      } else if (depth == 0 && t.is("IDENTITY")) {
        perRow = "GENERATED ... AS IDENTITY";
      } else if (depth == 0 && t.is("STORED")) {
        perRow = "GENERATED ALWAYS AS (...) STORED";
      }
    }
    if (type != null && SERIALS.contains(type.name())) {
      perRow = type.name() + " (a nextval() default)";
    }
    if (perRow != null) {
      statement.report(PostgresLint.VOLATILE_DEFAULT, "ADD COLUMN " + table + "." + column + " " + perRow);
    } else if (notNull && !hasDefault) {
      statement.report(PostgresLint.NOT_NULL_WITHOUT_DEFAULT, subject + " NOT NULL without DEFAULT");
    }
    if (unique != null) {
      statement.report(PostgresLint.UNIQUE_WITHOUT_INDEX, subject + " " + unique + " (its index is built"
          + " under the lock; add the column, then the constraint USING INDEX)");
    }
    if (references) {
      statement.report(PostgresLint.CONSTRAINT_NOT_VALID, subject + " REFERENCES (validated at once; add"
          + " the column, then the foreign key NOT VALID)");
    }
  }

  /** The first volatile function called in the DEFAULT expression starting at {@code from}. */
  private static String volatileCall(List<Token> tokens, int from) {
    int depth = 0;
    for (int i = from; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.isPunct('(')) {
        depth++;
      } else if (t.isPunct(')')) {
        depth--;
      } else if (depth == 0 && t.kind() == Token.Kind.WORD && COLUMN_CONSTRAINTS.contains(t.text())) {
        return null;
      } else if (t.kind() == Token.Kind.WORD && VOLATILE.contains(t.text()) && i + 1 < tokens.size()
          && tokens.get(i + 1).isPunct('(')) {
        return t.text();
      }
    }
    return null;
  }

  /** ADD [CONSTRAINT name] {FOREIGN KEY | CHECK | UNIQUE | PRIMARY KEY} ... [NOT VALID] */
  private static void addConstraint(LintStatement statement, String table, TokenCursor a, boolean existing) {
    String name = a.accept("CONSTRAINT") ? a.objectName() : null;
    String kind = a.peek().text();
    boolean check = a.accept("CHECK");
    List<Token> condition = check ? a.parenthesized() : List.of();
    List<Token> rest = a.rest();
    boolean notValid = hasSequence(rest, "NOT", "VALID");
    String subject = "ADD " + (name == null ? "" : "CONSTRAINT " + name + " ") + kind
        + (kind.equals("PRIMARY") || kind.equals("FOREIGN") ? " KEY" : "") + " on " + table;
    if (existing && (check || kind.equals("FOREIGN")) && !notValid) {
      statement.report(PostgresLint.CONSTRAINT_NOT_VALID, subject + " without NOT VALID");
    }
    if (existing && (kind.equals("UNIQUE") || kind.equals("PRIMARY")) && !hasSequence(rest, "USING", "INDEX")) {
      statement.report(PostgresLint.UNIQUE_WITHOUT_INDEX, subject + " without USING INDEX");
    }
    if (name != null) {
      statement.schema().putConstraint(table, new Schema.Constraint(name, notNullColumn(condition), !notValid,
          statement.script().file()));
      int using = indexOf(rest, "USING", "INDEX");
      if (using >= 0 && using + 2 < rest.size() && rest.get(using + 2).isName()) {
        // the index takes the constraint's name
        statement.schema().renameIndex(rest.get(using + 2).nameKey(), name);
      }
    }
  }

  /** VALIDATE CONSTRAINT: in the transaction that added it NOT VALID, the scan holds that lock. */
  private static void validate(LintStatement statement, String table, String name) {
    if (name == null) {
      return;
    }
    statement.schema().constraint(table, name).ifPresent(c -> {
      if (statement.inTransaction() && c.addedBy().equals(statement.script().file())) {
        statement.report(PostgresLint.CONSTRAINT_NOT_VALID, "VALIDATE CONSTRAINT " + name + " on " + table
            + " in the same transaction that added it NOT VALID");
      }
      statement.schema().putConstraint(table, new Schema.Constraint(name, c.notNullColumn(), true, c.addedBy()));
    });
  }

  /** The column of {@code CHECK (column IS NOT NULL)}; null for any other condition. */
  private static String notNullColumn(List<Token> condition) {
    if (condition.size() == 4 && condition.get(0).isName() && condition.get(1).is("IS")
        && condition.get(2).is("NOT") && condition.get(3).is("NULL")) {
      return condition.get(0).nameKey();
    }
    return null;
  }

  private static boolean hasSequence(List<Token> tokens, String first, String second) {
    return indexOf(tokens, first, second) >= 0;
  }

  /** Where the keywords {@code first second} stand at parenthesis depth 0; -1 when nowhere. */
  private static int indexOf(List<Token> tokens, String first, String second) {
    int depth = 0;
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.isPunct('(')) {
        depth++;
      } else if (t.isPunct(')')) {
        depth--;
      } else if (depth == 0 && t.is(first) && tokens.get(i + 1).is(second)) {
        return i;
      }
    }
    return -1;
  }
}
