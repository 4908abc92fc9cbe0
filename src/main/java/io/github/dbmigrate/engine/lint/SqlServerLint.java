package io.github.dbmigrate.engine.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * SQL Server's lint: the shared rules in T-SQL, one statement of a batch at a time (the splitter
 * cuts only at GO; {@link TsqlStatements} cuts the batch further), each finding at its statement's
 * line. {@code EXEC sp_rename} renames tables and columns whose names are in strings; {@code ALTER
 * COLUMN} restates a column's type, judged by {@code column-type-change}. Procedure, function,
 * trigger and view bodies are never read.
 */
public final class SqlServerLint implements DatabaseLint {

  static final Rule COLUMN_TYPE_CHANGE = Rule.error("column-type-change",
      "ALTER COLUMN to another type, to a smaller size, to or from MAX, or to a longer fixed-length type"
          + " rewrites or checks every row while holding a schema-modification lock that blocks every query"
          + " on the table, and the running release may write values the new type refuses.",
      "add a new column of the new type, write to both, backfill in batches in a separate migration,"
          + " switch reads, then drop the old column in a later release. Making a varchar, nvarchar or"
          + " varbinary longer (not to MAX) changes only metadata and is not reported.");

  static final Rule NOT_NULL_WITHOUT_DEFAULT = Rule.error("not-null-without-default",
      "SQL Server refuses a NOT NULL column without a DEFAULT on a table that has rows (error 4901), and"
          + " once it exists the running release's INSERTs, which do not set it, fail.",
      "add the column with a constant DEFAULT (metadata only on SQL Server 2012+ Enterprise; elsewhere"
          + " every row is written), or add it NULL, backfill in batches in a separate migration, then"
          + " ALTER COLUMN it NOT NULL.");

  /** Types SQL Server fills itself, so a NOT NULL column of them needs no default. */
  private static final Set<String> SELF_VALUED = Set.of("ROWVERSION", "TIMESTAMP");

  /** Types whose maximum length SQL Server raises in the metadata only. */
  private static final Set<String> VARYING = Set.of("VARCHAR", "NVARCHAR", "VARBINARY");

  @Override
  public List<Rule> rules() {
    List<Rule> rules = new ArrayList<>(CommonLint.RULES);
    rules.add(COLUMN_TYPE_CHANGE);
    rules.add(NOT_NULL_WITHOUT_DEFAULT);
    return List.copyOf(rules);
  }

  /** A batch may start with anything (SET NOCOUNT ON, IF, PRINT) and hold DDL further down. */
  @Override
  public boolean reads(String firstWord) {
    return true;
  }

  @Override
  public void read(LintStatement batch) {
    for (List<Token> tokens : TsqlStatements.split(batch.tokens())) {
      readOne(batch.part(tokens));
    }
  }

  private void readOne(LintStatement statement) {
    TokenCursor c = statement.cursor();
    if (c.accept("EXEC") || c.accept("EXECUTE") || c.at("SP_RENAME")) { // first in a batch, EXEC is optional
      SpRename.read(statement, c);
      return;
    }
    if (c.at("UPDATE", "STATISTICS") || c.at("UPDATE", "TOP") || c.at("DELETE", "TOP")) {
      return; // statistics, or DML bounded to a batch of rows
    }
    if (c.at("UPDATE") || c.at("DELETE")) {
      dml(statement, c);
      return;
    }
    LintStatement expanded = c.at("ALTER", "TABLE")
        ? statement.part(AlterActionLists.expand(statement.tokens(), AlterActionLists.SQL_SERVER))
        : statement;
    CommonLint.read(expanded, this::checkAlter);
  }

  /**
   * {@code UPDATE}/{@code DELETE} without WHERE, as the shared rule judges them; T-SQL's target may
   * be an alias that its FROM gives a table ({@code UPDATE o SET ... FROM orders o JOIN ...}): the
   * table is the one judged and named.
   */
  private static void dml(LintStatement statement, TokenCursor c) {
    boolean update = c.accept("UPDATE");
    if (!update) {
      c.accept("DELETE");
      c.accept("FROM");
    }
    String target = c.objectName();
    if (target == null || c.restHas("WHERE")) {
      return;
    }
    String table = aliasedTable(c.rest(), target);
    if (!statement.isNew(table)) {
      statement.report(CommonLint.DML_WITHOUT_WHERE, (update ? "UPDATE " : "DELETE FROM ") + table
          + " without WHERE");
    }
  }

  /** The table that the FROM clause in {@code rest} names {@code alias}; {@code alias} when none does. */
  private static String aliasedTable(List<Token> rest, String alias) {
    int depth = 0;
    boolean tableNext = false;
    for (int i = 0; i < rest.size(); i++) {
      Token t = rest.get(i);
      if (t.isPunct('(')) {
        depth++;
      } else if (t.isPunct(')')) {
        depth--;
      } else if (depth == 0 && (t.is("FROM") || t.is("JOIN") || t.isPunct(','))) {
        tableNext = true;
      } else if (depth == 0 && tableNext && t.isName()) {
        tableNext = false;
        while (i + 2 < rest.size() && rest.get(i + 1).isPunct('.') && rest.get(i + 2).isName()) {
          i += 2; // schema.table: the table is the last part
        }
        int a = i + 1 < rest.size() && rest.get(i + 1).is("AS") ? i + 2 : i + 1;
        if (a < rest.size() && rest.get(a).isName() && rest.get(a).nameKey().equals(alias)) {
          return rest.get(i).nameKey();
        }
      } else {
        tableNext = false;
      }
    }
    return alias;
  }

  /** {@code ALTER COLUMN c type [NULL | NOT NULL]}: T-SQL restates the type; judged, then recorded. */
  private void checkAlter(LintStatement statement, String table, TokenCursor action) {
    if (action.at("ADD")) {
      NotNullColumn.check(statement, table, action, NOT_NULL_WITHOUT_DEFAULT, SELF_VALUED);
      return;
    }
    if (!action.accept("ALTER", "COLUMN") || !action.peek().isName()) {
      return;
    }
    String column = action.next().nameKey();
    if (action.at("ADD") || action.at("DROP")) {
      return; // ADD/DROP ROWGUIDCOL, PERSISTED, MASKED, NOT FOR REPLICATION
    }
    ColumnType type = ColumnType.read(action);
    if (type == null) {
      return;
    }
    TypeChange.judge(statement, COLUMN_TYPE_CHANGE, table, column, type,
        "ALTER COLUMN " + table + "." + column + " " + type, SqlServerLint::inPlace);
  }

  /** Whether SQL Server changes {@code from} to {@code to} in the metadata only (or not at all). */
  static boolean inPlace(ColumnType from, ColumnType to) {
    String fromName = canonical(from.name());
    String toName = canonical(to.name());
    List<String> fromArgs = upper(from.args());
    List<String> toArgs = upper(to.args());
    if (fromName.equals(toName) && fromArgs.equals(toArgs)) {
      return true;
    }
    if (toArgs.equals(List.of("MAX"))
        && (fromName.equals("TEXT") && toName.equals("VARCHAR") || fromName.equals("NTEXT") && toName.equals("NVARCHAR"))) {
      return true;
    }
    if (!fromName.equals(toName) || !VARYING.contains(fromName)) {
      return false;
    }
    int old = from.args().isEmpty() ? 1 : from.length();
    int now = to.args().isEmpty() ? 1 : to.length();
    return old > 0 && now >= old;
  }

  private static List<String> upper(List<String> args) {
    return args.stream().map(a -> a.trim().toUpperCase(Locale.ROOT)).toList();
  }

  /** T-SQL's synonyms. */
  private static String canonical(String name) {
    return switch (name) {
      case "NUMERIC", "DEC" -> "DECIMAL";
      case "INTEGER" -> "INT";
      case "CHARACTER VARYING", "CHAR VARYING" -> "VARCHAR";
      case "NATIONAL CHARACTER VARYING", "NATIONAL CHAR VARYING", "NCHAR VARYING" -> "NVARCHAR";
      case "DOUBLE PRECISION" -> "FLOAT";
      default -> name;
    };
  }
}
