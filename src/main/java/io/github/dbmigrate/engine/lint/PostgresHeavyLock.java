package io.github.dbmigrate.engine.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * PostgreSQL statements that hold a table for their whole run: {@code VACUUM FULL} and {@code
 * CLUSTER} (a rewrite under ACCESS EXCLUSIVE) and {@code LOCK TABLE} in a mode that blocks writes.
 * Plain {@code VACUUM} and {@code ANALYZE} take no such lock and pass.
 */
final class PostgresHeavyLock {

  /** LOCK modes that block writes (SHARE and up); the lighter ones conflict only with DDL. */
  private static final Set<String> BLOCKING_MODES = Set.of("SHARE", "SHARE ROW EXCLUSIVE", "EXCLUSIVE",
      "ACCESS EXCLUSIVE");

  /** VACUUM's words before its table list. */
  private static final Set<String> VACUUM_WORDS = Set.of("FULL", "FREEZE", "VERBOSE", "ANALYZE", "ANALYSE");

  private PostgresHeavyLock() {}

  /** Reads VACUUM, CLUSTER or LOCK; returns whether the statement was one of them. */
  static boolean read(LintStatement statement) {
    TokenCursor c = statement.cursor();
    if (c.accept("VACUUM")) {
      vacuum(statement, c);
    } else if (c.accept("CLUSTER")) {
      cluster(statement, c);
    } else if (c.accept("LOCK")) {
      lock(statement, c);
    } else {
      return false;
    }
    return true;
  }

  /** VACUUM [(options)] [FULL] [FREEZE] [VERBOSE] [ANALYZE] [table [(columns)], ...] */
  private static void vacuum(LintStatement statement, TokenCursor c) {
    boolean full = fullOption(c.parenthesized());
    while (c.peek().kind() == Token.Kind.WORD && VACUUM_WORDS.contains(c.peek().text())) {
      full |= c.next().is("FULL");
    }
    if (!full) {
      return;
    }
    List<String> tables = existing(statement, c.restSplitAtCommas());
    if (tables == null) {
      statement.report(PostgresLint.HEAVY_LOCK, "VACUUM FULL of every table in the database");
    } else if (!tables.isEmpty()) {
      statement.report(PostgresLint.HEAVY_LOCK, "VACUUM FULL " + String.join(", ", tables));
    }
  }

  /** CLUSTER [VERBOSE] [table [USING index]], or the old CLUSTER index ON table. */
  private static void cluster(LintStatement statement, TokenCursor c) {
    c.parenthesized();
    c.accept("VERBOSE");
    String table = c.objectName();
    if (table == null) {
      statement.report(PostgresLint.HEAVY_LOCK, "CLUSTER of every table clustered before");
      return;
    }
    if (c.accept("ON")) {
      table = c.objectName();
    }
    if (table != null && !statement.isNew(table)) {
      statement.report(PostgresLint.HEAVY_LOCK, "CLUSTER " + table);
    }
  }

  /** LOCK [TABLE] [ONLY] name [*] [, ...] [IN mode MODE] [NOWAIT] */
  private static void lock(LintStatement statement, TokenCursor c) {
    c.accept("TABLE");
    List<List<Token>> parts = c.restSplitAtCommas();
    if (parts.isEmpty()) {
      return;
    }
    // the mode is in the last part, after its table: IN ... MODE
    List<Token> last = parts.get(parts.size() - 1);
    String mode = "ACCESS EXCLUSIVE";
    for (int i = 0; i < last.size(); i++) {
      if (last.get(i).is("IN")) {
        StringBuilder words = new StringBuilder();
        for (int j = i + 1; j < last.size() && !last.get(j).is("MODE"); j++) {
          words.append(words.length() == 0 ? "" : " ").append(last.get(j).text());
        }
        mode = words.toString();
        break;
      }
    }
    if (!BLOCKING_MODES.contains(mode)) {
      return;
    }
    List<String> tables = existing(statement, parts);
    if (tables != null && !tables.isEmpty()) {
      statement.report(PostgresLint.HEAVY_LOCK, "LOCK TABLE " + String.join(", ", tables) + " IN " + mode
          + " MODE");
    }
  }

  /** Whether VACUUM's option list holds FULL, not turned off. */
  private static boolean fullOption(List<Token> options) {
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).is("FULL")) {
        Token value = i + 1 < options.size() ? options.get(i + 1) : TokenCursor.END;
        return !(value.is("FALSE") || value.is("OFF") || value.text().equals("0"));
      }
    }
    return false;
  }

  /** The existing (not new) tables named in {@code parts}; null when no table is named at all. */
  private static List<String> existing(LintStatement statement, List<List<Token>> parts) {
    List<String> tables = new ArrayList<>();
    boolean named = false;
    for (List<Token> part : parts) {
      TokenCursor p = new TokenCursor(part);
      p.accept("ONLY");
      String table = p.objectName();
      if (table != null) {
        named = true;
        if (!statement.isNew(table)) {
          tables.add(table);
        }
      }
    }
    return named ? tables : null;
  }
}
