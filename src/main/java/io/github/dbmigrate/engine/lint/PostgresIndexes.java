package io.github.dbmigrate.engine.lint;

import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL's index statements: {@code CREATE [UNIQUE] INDEX}, {@code DROP INDEX}, {@code REINDEX}
 * and {@code ALTER INDEX ... RENAME TO}. Each records which table a named index belongs to, since
 * {@code DROP INDEX} and {@code REINDEX INDEX} name only the index; an index no file created is taken
 * to be on an existing table.
 */
final class PostgresIndexes {

  private PostgresIndexes() {}

  /** Reads the statement when it is one of the index statements; returns whether it was. */
  static boolean read(LintStatement statement) {
    TokenCursor c = statement.cursor();
    if (c.at("CREATE", "INDEX") || c.at("CREATE", "UNIQUE", "INDEX")) {
      create(statement, c);
    } else if (c.accept("DROP", "INDEX")) {
      drop(statement, c);
    } else if (c.accept("REINDEX")) {
      reindex(statement, c);
    } else if (c.accept("ALTER", "INDEX")) {
      c.accept("IF", "EXISTS");
      String from = c.objectName();
      if (from != null && c.accept("RENAME", "TO")) {
        String to = c.objectName();
        if (to != null) {
          statement.schema().renameIndex(from, to);
        }
      }
    } else {
      return false;
    }
    return true;
  }

  /** CREATE [UNIQUE] INDEX [CONCURRENTLY] [[IF NOT EXISTS] name] ON [ONLY] table ... */
  private static void create(LintStatement statement, TokenCursor c) {
    c.accept("CREATE");
    c.accept("UNIQUE");
    c.accept("INDEX");
    boolean concurrently = c.accept("CONCURRENTLY");
    c.accept("IF", "NOT", "EXISTS");
    String index = c.at("ON") ? null : c.objectName();
    if (!c.accept("ON")) {
      return;
    }
    // ON ONLY builds nothing on a partitioned table's partitions: the recipe for indexing one
    boolean only = c.accept("ONLY");
    String table = c.objectName();
    if (table == null) {
      return;
    }
    String named = index == null ? "" : index + " ";
    if (concurrently && statement.inTransaction()) {
      statement.report(PostgresLint.CONCURRENTLY_IN_TRANSACTION, "CREATE INDEX CONCURRENTLY " + named
          + "ON " + table + " in a file that runs in a transaction");
    }
    if (!concurrently && !only && !statement.isNew(table)) {
      statement.report(PostgresLint.INDEX_NOT_CONCURRENT, "CREATE INDEX " + named + "ON " + table);
    }
    if (index != null) {
      statement.schema().putIndex(index, table);
    }
  }

  /** DROP INDEX [CONCURRENTLY] [IF EXISTS] name [, ...] [CASCADE | RESTRICT] */
  private static void drop(LintStatement statement, TokenCursor c) {
    boolean concurrently = c.accept("CONCURRENTLY");
    c.accept("IF", "EXISTS");
    for (List<Token> part : c.restSplitAtCommas()) {
      String index = new TokenCursor(part).objectName();
      if (index == null) {
        continue;
      }
      if (concurrently && statement.inTransaction()) {
        statement.report(PostgresLint.CONCURRENTLY_IN_TRANSACTION, "DROP INDEX CONCURRENTLY " + index
            + " in a file that runs in a transaction");
      }
      Optional<String> table = statement.schema().indexTable(index);
      if (!concurrently && (table.isEmpty() || !statement.isNew(table.get()))) {
        statement.report(PostgresLint.INDEX_NOT_CONCURRENT, "DROP INDEX " + index + onTable(table));
      }
      statement.schema().dropIndex(index);
    }
  }

  /** REINDEX [(options)] {INDEX | TABLE | SCHEMA | DATABASE | SYSTEM} [CONCURRENTLY] [name] */
  private static void reindex(LintStatement statement, TokenCursor c) {
    boolean concurrently = concurrentOption(c.parenthesized());
    String kind = c.next().text();
    concurrently |= c.accept("CONCURRENTLY");
    String name = c.objectName();
    String subject = "REINDEX " + kind + (concurrently ? " CONCURRENTLY" : "") + (name == null ? "" : " " + name);
    if (concurrently && statement.inTransaction()) {
      statement.report(PostgresLint.CONCURRENTLY_IN_TRANSACTION, subject + " in a file that runs in a transaction");
    }
    if (concurrently) {
      return;
    }
    switch (kind) {
      case "TABLE" -> {
        if (name == null || !statement.isNew(name)) {
          statement.report(PostgresLint.INDEX_NOT_CONCURRENT, subject);
        }
      }
      case "INDEX" -> {
        Optional<String> table = name == null ? Optional.empty() : statement.schema().indexTable(name);
        if (table.isEmpty() || !statement.isNew(table.get())) {
          statement.report(PostgresLint.INDEX_NOT_CONCURRENT, subject + onTable(table));
        }
      }
      default -> statement.report(PostgresLint.INDEX_NOT_CONCURRENT, subject + " (every index in it)");
    }
  }

  /** Whether REINDEX's option list (PostgreSQL 14+) holds CONCURRENTLY, not turned off. */
  private static boolean concurrentOption(List<Token> options) {
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).is("CONCURRENTLY")) {
        Token value = i + 1 < options.size() ? options.get(i + 1) : TokenCursor.END;
        return !(value.is("FALSE") || value.is("OFF") || value.text().equals("0"));
      }
    }
    return false;
  }

  private static String onTable(Optional<String> table) {
    return table.map(t -> " (on " + t + ")")
        .orElse(" (its table is not known from the migration files, so it is taken to exist)");
  }
}
