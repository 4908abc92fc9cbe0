package io.github.dbmigrate.engine.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Oracle's lint: the shared rules in Oracle's syntax ({@code DROP (a, b)}, {@code SET UNUSED},
 * {@code RENAME a TO b}, {@code ADD (...)} and {@code MODIFY (...)} lists) and {@code
 * column-type-change} for {@code MODIFY}. PL/SQL units are never read: an anonymous block starts with
 * BEGIN or DECLARE, which {@link #reads} refuses, and a {@code CREATE PROCEDURE} (or trigger,
 * package, ...) is no statement the rules look into; strings, {@code EXECUTE IMMEDIATE}'s included,
 * are single tokens.
 */
public final class OracleLint implements DatabaseLint {

  static final Rule COLUMN_TYPE_CHANGE = Rule.error("column-type-change",
      "MODIFY to another type or a smaller size makes Oracle check every row under an exclusive lock (a"
          + " CHAR made longer is blank-padded in every row), fails unless the column is empty for most type"
          + " changes (ORA-01439), and the running release may write values the new type refuses.",
      "add a new column of the new type, write to both, backfill in batches in a separate migration,"
          + " switch reads, then drop the old column in a later release. Making a VARCHAR2, NVARCHAR2 or RAW"
          + " longer, or a NUMBER's precision larger at the same scale, changes only the dictionary and is"
          + " not reported.");

  static final Rule NOT_NULL_WITHOUT_DEFAULT = Rule.error("not-null-without-default",
      "Oracle refuses a NOT NULL column without a default on a table that has rows (ORA-01758), and once"
          + " it exists the running release's INSERTs, which do not set it, fail.",
      "add the column with a DEFAULT (Oracle 11g+ stores it in the dictionary without touching the rows),"
          + " or add it nullable, backfill in batches in a separate migration, then MODIFY it NOT NULL.");

  private static final Set<String> FIRST_WORDS = Set.of("CREATE", "DROP", "ALTER", "UPDATE", "DELETE",
      "TRUNCATE", "RENAME");

  /** After MODIFY, words that modify something other than a column. */
  private static final Set<String> NOT_MODIFIED_COLUMNS = Set.of("CONSTRAINT", "PARTITION", "SUBPARTITION",
      "DEFAULT", "LOB", "NESTED", "VARRAY", "PRIMARY", "UNIQUE", "OPAQUE");

  /** Types whose maximum length Oracle raises in the dictionary only. */
  private static final Set<String> VARYING = Set.of("VARCHAR2", "NVARCHAR2", "RAW");

  @Override
  public List<Rule> rules() {
    List<Rule> rules = new ArrayList<>(CommonLint.RULES);
    rules.add(COLUMN_TYPE_CHANGE);
    rules.add(NOT_NULL_WITHOUT_DEFAULT);
    return List.copyOf(rules);
  }

  @Override
  public boolean reads(String firstWord) {
    return FIRST_WORDS.contains(firstWord);
  }

  @Override
  public void read(LintStatement statement) {
    TokenCursor c = statement.cursor();
    if (c.accept("RENAME")) {
      renameStatement(statement, c);
      return;
    }
    LintStatement expanded = c.at("ALTER", "TABLE")
        ? statement.part(AlterActionLists.expand(statement.tokens(), AlterActionLists.ORACLE))
        : statement;
    CommonLint.read(expanded, this::checkAlter);
  }

  /** {@code RENAME old TO new}: a table, view, sequence or private synonym gets a new name. */
  private static void renameStatement(LintStatement statement, TokenCursor c) {
    String from = c.objectName();
    c.accept("TO");
    String to = c.objectName();
    if (from == null || to == null) {
      return;
    }
    if (!statement.isNew(from)) {
      statement.report(CommonLint.RENAME_TABLE, "RENAME " + from + " TO " + to
          + (statement.schema().table(from).isPresent() ? ""
              : " (a table, view, sequence or synonym the migration files did not create)"));
    }
    statement.schema().renameTable(from, to);
  }

  /** Oracle's own ALTER TABLE actions: ADD of a NOT NULL column, MODIFY and SET UNUSED. */
  private void checkAlter(LintStatement statement, String table, TokenCursor action) {
    if (action.at("ADD")) {
      NotNullColumn.check(statement, table, action, NOT_NULL_WITHOUT_DEFAULT, Set.of());
    } else if (action.accept("MODIFY")) {
      modify(statement, table, action);
    } else if (action.accept("SET", "UNUSED")) {
      List<Token> names = action.accept("COLUMN") ? List.of(action.next()) : action.parenthesized();
      for (Token name : names) {
        if (!name.isName()) {
          continue;
        }
        if (!statement.isNew(table)) {
          statement.report(CommonLint.DROP_COLUMN, "SET UNUSED " + table + "." + name.nameKey()
              + " (the column is gone for every query from then on, as if dropped)", name.line());
        }
        statement.schema().dropColumn(table, name.nameKey());
      }
    }
  }

  /** {@code MODIFY c type ...}: a change of type or size on an existing table, then recorded. */
  private void modify(LintStatement statement, String table, TokenCursor action) {
    if (!action.peek().isName() || (action.peek().kind() == Token.Kind.WORD
        && NOT_MODIFIED_COLUMNS.contains(action.peek().text()))) {
      return;
    }
    String column = action.next().nameKey();
    ColumnType type = ColumnType.read(action);
    if (type == null) {
      return; // MODIFY c NOT NULL, DEFAULT ...: no type given
    }
    TypeChange.judge(statement, COLUMN_TYPE_CHANGE, table, column, type,
        "MODIFY " + table + "." + column + " " + type, OracleLint::inPlace);
  }

  /** Whether Oracle changes {@code from} to {@code to} in the dictionary only. */
  static boolean inPlace(ColumnType from, ColumnType to) {
    String fromName = canonical(from.name());
    String toName = canonical(to.name());
    if (!fromName.equals(toName)) {
      return false;
    }
    if (VARYING.contains(fromName)) {
      Length old = Length.of(from);
      Length now = Length.of(to);
      return old != null && now != null && now.size >= old.size
          && (now.unit.equals(old.unit) || now.unit.equals("CHAR"));
    }
    if (fromName.equals("NUMBER")) {
      return numberWidens(numberArgs(from), numberArgs(to));
    }
    return from.args().equals(to.args());
  }

  /** NUMBER(p, s) to a larger p at the same s, or to NUMBER without precision. */
  private static boolean numberWidens(int[] from, int[] to) {
    if (to == null) {
      return true;
    }
    if (from == null || from[0] < 0 || to[0] < 0) {
      return false;
    }
    return to[0] >= from[0] && to[1] == from[1];
  }

  /** {@code {precision, scale}}, null for NUMBER without precision; -1 for a precision of {@code *}. */
  private static int[] numberArgs(ColumnType type) {
    if (type.args().isEmpty()) {
      return canonical(type.name()).equals("NUMBER") && !type.name().equals("NUMBER") ? new int[] {38, 0}
          : null;
    }
    try {
      int precision = type.args().get(0).trim().equals("*") ? -1 : Integer.parseInt(type.args().get(0).trim());
      int scale = type.args().size() > 1 ? Integer.parseInt(type.args().get(1).trim()) : 0;
      return new int[] {precision, scale};
    } catch (NumberFormatException e) {
      return new int[] {-1, 0};
    }
  }

  /** Oracle's synonyms: VARCHAR is VARCHAR2; INTEGER, DECIMAL, NUMERIC are NUMBER. */
  private static String canonical(String name) {
    return switch (name) {
      case "VARCHAR" -> "VARCHAR2";
      case "INTEGER", "INT", "SMALLINT", "DECIMAL", "DEC", "NUMERIC" -> "NUMBER";
      default -> name;
    };
  }

  /** A VARCHAR2 size: {@code 100}, {@code 100 CHAR} or {@code 100 BYTE} (unit empty: the session's). */
  private record Length(int size, String unit) {
    static Length of(ColumnType type) {
      if (type.args().size() != 1) {
        return null;
      }
      String[] parts = type.args().get(0).trim().split(" ");
      try {
        return new Length(Integer.parseInt(parts[0]), parts.length > 1 ? parts[1] : "");
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }
}
