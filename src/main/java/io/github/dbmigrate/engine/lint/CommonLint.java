package io.github.dbmigrate.engine.lint;

import java.util.List;
import java.util.Set;

/**
 * What every database's lint shares: the rules for statements that lose data or break the running
 * release whatever the database ({@code DROP TABLE}, {@code DROP COLUMN}, renames, {@code
 * TRUNCATE}, {@code UPDATE}/{@code DELETE} without {@code WHERE}), and following {@code CREATE
 * TABLE} and {@code ALTER TABLE} into the schema. A database's class calls {@link #read} with its
 * own check of {@code ALTER TABLE} actions and adds its own rules around it.
 */
public final class CommonLint {

  public static final Rule DROP_TABLE = Rule.error("drop-table",
      "dropping a table loses its data, and the release still running reads it until the deploy ends.",
      "stop using the table in the application and deploy that; drop it in a later migration, after a"
          + " backup.");
  public static final Rule DROP_COLUMN = Rule.error("drop-column",
      "dropping a column loses its data, and the release still running selects and writes it.",
      "first deploy an application that no longer uses the column (ignore it in the ORM); drop it in a"
          + " later migration.");
  public static final Rule RENAME_TABLE = Rule.error("rename-table",
      "the release still running queries the old name and fails from the moment this commits.",
      "create the new table, write to both, backfill in batches in a separate migration, switch reads,"
          + " then drop the old one later (or add a view with the old name while both releases run).");
  public static final Rule RENAME_COLUMN = Rule.error("rename-column",
      "the release still running reads and writes the old name and fails from the moment this commits.",
      "add the new column, write to both, backfill in batches in a separate migration, switch reads,"
          + " then drop the old column in a later release.");
  public static final Rule TRUNCATE_TABLE = Rule.error("truncate-table",
      "TRUNCATE removes every row at once, takes an exclusive lock, and cannot be undone by the down"
          + " script.",
      "delete the rows you mean in batches with a WHERE clause, or drop the table in a later release if it"
          + " is unused.");
  public static final Rule DML_WITHOUT_WHERE = Rule.warn("dml-without-where",
      "an UPDATE or DELETE without WHERE touches every row in one transaction: on a large table it holds"
          + " row locks for long and bloats the log.",
      "on a large table, change rows in batches (WHERE id BETWEEN ...) in a migration of its own; on a"
          + " small table, allow it with a reason.");

  /** The shared rules. */
  public static final List<Rule> RULES = List.of(DROP_TABLE, DROP_COLUMN, RENAME_TABLE, RENAME_COLUMN,
      TRUNCATE_TABLE, DML_WITHOUT_WHERE);

  /** Schemas that hold only the session's own temporary tables (SQLite, PostgreSQL). */
  private static final Set<String> TEMPORARY_SCHEMAS = Set.of("temp", "pg_temp");

  private CommonLint() {}

  /** Whether a qualified name is in a session's temporary schema: no other session reads it. */
  private static boolean temporary(List<Token> parts) {
    return parts.size() > 1 && TEMPORARY_SCHEMAS.contains(parts.get(parts.size() - 2).nameKey());
  }

  /**
   * Skips the common table expressions after {@code WITH}: {@code [RECURSIVE] name [(columns)] AS
   * [[NOT] MATERIALIZED] (query)}, comma-separated; the cursor then stands at the main statement.
   */
  public static void skipCommonTableExpressions(TokenCursor c) {
    c.accept("RECURSIVE");
    do {
      c.next();
      c.skipParens();
      c.accept("AS");
      c.accept("NOT");
      c.accept("MATERIALIZED");
      c.skipParens();
    } while (c.acceptPunct(','));
  }

  /**
   * How a database writes {@code UPDATE} and {@code DELETE} beyond the standard, for {@code
   * dml-without-where}.
   *
   * @param modifiers words allowed between {@code UPDATE}/{@code DELETE} and the table (MySQL's
   *     {@code LOW_PRIORITY}, SQLite's {@code OR REPLACE}), upper case
   * @param batchBounds words that bound the change to a batch as a {@code WHERE} would (MySQL's {@code
   *     LIMIT}), upper case
   */
  public record DmlSyntax(Set<String> modifiers, Set<String> batchBounds) {
    /** No modifiers, no bounds but {@code WHERE}. */
    public static final DmlSyntax STANDARD = new DmlSyntax(Set.of(), Set.of());
  }

  /**
   * Reads the statement's shared forms; {@code alterActions} is the database's own check of each
   * {@code ALTER TABLE} action. Returns whether the statement was one of them.
   */
  public static boolean read(LintStatement statement, AlterTable.Action alterActions) {
    return read(statement, alterActions, DmlSyntax.STANDARD);
  }

  /** As {@link #read(LintStatement, AlterTable.Action)}, with the database's {@code dml} syntax. */
  public static boolean read(LintStatement statement, AlterTable.Action alterActions, DmlSyntax dml) {
    if (CreateTable.read(statement) != null || AlterTable.read(statement, alterActions) != null) {
      return true;
    }
    TokenCursor c = statement.cursor();
    if (c.accept("WITH")) {
      skipCommonTableExpressions(c); // WITH ... UPDATE/DELETE: judged as the UPDATE/DELETE
      if (!c.at("UPDATE") && !c.at("DELETE")) {
        return true;
      }
    }
    if (c.accept("DROP", "TABLE")) {
      c.accept("IF", "EXISTS");
      for (List<Token> name : c.restSplitAtCommas()) {
        List<Token> parts = new TokenCursor(name).qualifiedName();
        String table = parts.isEmpty() ? null : parts.get(parts.size() - 1).nameKey();
        if (table != null) {
          if (!statement.isNew(table) && !temporary(parts)) {
            statement.report(DROP_TABLE, "DROP TABLE " + table);
          }
          statement.schema().dropTable(table);
        }
      }
      return true;
    }
    if (c.accept("TRUNCATE")) {
      c.accept("TABLE");
      c.accept("ONLY");
      for (List<Token> name : c.restSplitAtCommas()) {
        String table = new TokenCursor(name).objectName();
        if (table != null && !statement.isNew(table)) {
          statement.report(TRUNCATE_TABLE, "TRUNCATE " + table);
        }
      }
      return true;
    }
    if (c.accept("RENAME", "TABLE")) { // MySQL: RENAME TABLE a TO b, c TO d
      for (List<Token> pair : c.restSplitAtCommas()) {
        TokenCursor p = new TokenCursor(pair);
        String from = p.objectName();
        p.accept("TO");
        String to = p.objectName();
        if (from != null && to != null) {
          if (!statement.isNew(from)) {
            statement.report(RENAME_TABLE, "RENAME TABLE " + from + " TO " + to);
          }
          statement.schema().renameTable(from, to);
        }
      }
      return true;
    }
    if (c.at("UPDATE") || c.at("DELETE")) {
      boolean update = c.accept("UPDATE");
      if (!update) {
        c.accept("DELETE");
      }
      // a modifier word followed by SET is the table's name: UPDATE quick SET ...
      while (c.peek().kind() == Token.Kind.WORD && dml.modifiers().contains(c.peek().text())
          && !c.peek(1).is("SET")) {
        c.next();
      }
      if (!update) {
        c.accept("FROM");
      }
      c.accept("ONLY");
      String table = c.objectName();
      if (table != null && !c.restHas("WHERE") && dml.batchBounds().stream().noneMatch(c::restHas)
          && !statement.isNew(table)) {
        statement.report(DML_WITHOUT_WHERE, (update ? "UPDATE " : "DELETE FROM ") + table + " without WHERE");
      }
      return true;
    }
    return false;
  }
}
