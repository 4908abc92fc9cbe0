package io.github.dbmigrate.engine.lint;

/**
 * PostgreSQL statements that fail at deploy because of where the file runs, not what they do:
 * those PostgreSQL refuses inside a transaction block ({@code VACUUM}, {@code CLUSTER} of every
 * table, {@code REINDEX DATABASE}/{@code SYSTEM}, {@code CREATE}/{@code DROP DATABASE} and {@code
 * TABLESPACE}, {@code ALTER SYSTEM}) in a file that runs in one, and {@code LOCK TABLE}, which works
 * only inside one, in a {@code .no-db-txn.} file. ({@code CONCURRENTLY} has a rule of its own.)
 */
final class PostgresTransactionBlock {

  private PostgresTransactionBlock() {}

  /** Reports the statement when its file's transaction makes it fail; reads nothing else. */
  static void read(LintStatement statement) {
    TokenCursor c = statement.cursor();
    if (c.at("LOCK")) {
      if (!statement.inTransaction()) {
        statement.report(PostgresLint.LOCK_OUTSIDE_TRANSACTION, "LOCK TABLE in a .no-db-txn. file");
      }
      return;
    }
    if (!statement.inTransaction()) {
      return;
    }
    String refused = refusedInTransaction(c);
    if (refused != null) {
      statement.report(PostgresLint.NOT_IN_TRANSACTION, refused + " in a file that runs in a transaction");
    }
  }

  /** The statement's name when PostgreSQL refuses it inside a transaction block, else null. */
  private static String refusedInTransaction(TokenCursor c) {
    if (c.accept("VACUUM")) {
      return "VACUUM";
    }
    if (c.accept("CLUSTER")) {
      c.parenthesized();
      c.accept("VERBOSE");
      return c.atEnd() ? "CLUSTER of every table" : null; // CLUSTER t runs in a transaction
    }
    if (c.accept("REINDEX")) {
      c.parenthesized();
      return c.at("DATABASE") || c.at("SYSTEM") ? "REINDEX " + c.peek().text() : null;
    }
    if (c.at("CREATE", "DATABASE") || c.at("DROP", "DATABASE") || c.at("CREATE", "TABLESPACE")
        || c.at("DROP", "TABLESPACE") || c.at("ALTER", "SYSTEM")) {
      return c.next().text() + " " + c.next().text();
    }
    return null;
  }
}
