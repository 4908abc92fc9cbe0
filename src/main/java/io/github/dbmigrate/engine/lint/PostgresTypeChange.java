package io.github.dbmigrate.engine.lint;

import java.util.Map;
import java.util.Optional;

/**
 * {@code ALTER COLUMN c [SET DATA] TYPE t} on an existing table: passes only the changes PostgreSQL
 * makes without rewriting the table or checking its rows (the ones strong_migrations lists as safe):
 * varchar to a larger or no limit, varchar to text, text to unlimited varchar, numeric to a larger
 * precision at the same scale or to unconstrained numeric, a timestamp or time to a larger or default
 * precision, cidr to inet, and the same type again. The column's current type comes from the
 * schema; when the files never gave it, the finding says so.
 */
final class PostgresTypeChange {

  /** Type names PostgreSQL treats as one, to their canonical name. */
  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("CHARACTER VARYING", "VARCHAR"), Map.entry("DECIMAL", "NUMERIC"),
      Map.entry("INT", "INTEGER"), Map.entry("INT4", "INTEGER"), Map.entry("INT8", "BIGINT"),
      Map.entry("INT2", "SMALLINT"), Map.entry("BOOL", "BOOLEAN"), Map.entry("FLOAT8", "DOUBLE PRECISION"),
      Map.entry("FLOAT4", "REAL"), Map.entry("CHAR", "CHARACTER"), Map.entry("BPCHAR", "CHARACTER"),
      Map.entry("BIT VARYING", "VARBIT"), Map.entry("TIMESTAMP WITHOUT TIME ZONE", "TIMESTAMP"),
      Map.entry("TIMESTAMP WITH TIME ZONE", "TIMESTAMPTZ"), Map.entry("TIME WITHOUT TIME ZONE", "TIME"),
      Map.entry("TIME WITH TIME ZONE", "TIMETZ"));

  private PostgresTypeChange() {}

  /** Checks the change of {@code table.column} to the type at {@code a}. */
  static void check(LintStatement statement, String table, String column, TokenCursor a) {
    ColumnType to = ColumnType.read(a);
    if (to == null) {
      return;
    }
    String subject = "ALTER COLUMN " + table + "." + column + " TYPE " + to;
    boolean using = a.restHas("USING");
    Optional<ColumnType> from = statement.schema().column(table, column);
    if (from.isEmpty()) {
      statement.report(PostgresLint.COLUMN_TYPE_CHANGE, subject
          + " (the column's current type is not known from the migration files, so it may rewrite the"
          + " table)");
    } else if (using) {
      statement.report(PostgresLint.COLUMN_TYPE_CHANGE, subject + " from " + from.get()
          + " USING an expression: rewrites the table");
    } else if (!withoutRewrite(from.get(), to)) {
      statement.report(PostgresLint.COLUMN_TYPE_CHANGE, subject + " from " + from.get()
          + (narrows(from.get(), to) ? ": narrows it (rewrites the table, fails on longer values)"
              : ": rewrites the table"));
    }
  }

  /** Whether PostgreSQL changes {@code from} to {@code to} without a rewrite or a scan. */
  static boolean withoutRewrite(ColumnType from, ColumnType to) {
    String f = canonical(from.name());
    String t = canonical(to.name());
    if (f.equals(t) && from.args().equals(to.args())) {
      return true;
    }
    return switch (f + ">" + t) {
      case "VARCHAR>VARCHAR", "VARBIT>VARBIT" -> noSmaller(from.length(), to.length());
      case "VARCHAR>TEXT", "CIDR>INET" -> true;
      case "TEXT>VARCHAR" -> to.args().isEmpty();
      case "NUMERIC>NUMERIC" -> to.args().isEmpty() || (!from.args().isEmpty()
          && scale(from) == scale(to) && to.length() >= from.length());
      case "TIMESTAMP>TIMESTAMP", "TIMESTAMPTZ>TIMESTAMPTZ", "TIME>TIME", "TIMETZ>TIMETZ" ->
          to.args().isEmpty() || (!from.args().isEmpty() && to.length() >= from.length());
      default -> false;
    };
  }

  /** Whether the change lowers a length or precision limit of the same kind of type. */
  private static boolean narrows(ColumnType from, ColumnType to) {
    String f = canonical(from.name());
    String t = canonical(to.name());
    boolean sameKind = f.equals(t) || (f.equals("TEXT") && t.equals("VARCHAR"));
    return sameKind && !to.args().isEmpty() && (from.args().isEmpty() || to.length() < from.length());
  }

  /** A limit of -1 is none; {@code to} keeps every value of {@code from} when no smaller. */
  private static boolean noSmaller(int from, int to) {
    return to == -1 || (from != -1 && to >= from);
  }

  /** numeric(p, s)'s scale: 0 when not given; MIN_VALUE when it is not a plain number. */
  private static int scale(ColumnType numeric) {
    if (numeric.args().size() < 2) {
      return 0;
    }
    try {
      return Integer.parseInt(numeric.args().get(1).trim());
    } catch (NumberFormatException e) {
      return Integer.MIN_VALUE;
    }
  }

  private static String canonical(String name) {
    String bare = name.startsWith("PG_CATALOG.") ? name.substring("PG_CATALOG.".length()) : name;
    return ALIASES.getOrDefault(bare, bare);
  }
}
