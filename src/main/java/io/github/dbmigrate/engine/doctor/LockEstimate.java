package io.github.dbmigrate.engine.doctor;

import io.github.dbmigrate.engine.files.Direction;
import io.github.dbmigrate.engine.files.Migration;
import io.github.dbmigrate.engine.files.ScriptReader;
import io.github.dbmigrate.engine.sql.SplitRules;
import io.github.dbmigrate.engine.sql.SqlStatement;
import io.github.dbmigrate.engine.sql.StatementSplitter;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A rough count of the lock-table entries the pending migrations hold at once in one transaction:
 * every object DDL creates or changes stays locked until the commit. A {@code CREATE TABLE} counts
 * as four (the table, its TOAST table and TOAST index, one index), any other DDL statement as one,
 * rows changed as none. An estimate: it reads statements, not what the server will do.
 *
 * @param entries the estimated number of lock-table entries
 * @param tables the {@code CREATE TABLE} statements counted
 * @param otherDdl the other DDL statements counted
 */
record LockEstimate(long entries, long tables, long otherDdl) {

  static final int PER_TABLE = 4;

  private static final Set<String> DDL = Set.of("CREATE", "ALTER", "DROP", "TRUNCATE", "COMMENT", "GRANT",
      "REVOKE", "REINDEX", "CLUSTER", "LOCK");
  private static final Pattern CREATE_TABLE =
      Pattern.compile("(?is)(?:\\s+|--[^\\n]*(?:\\n|$)|/\\*.*?\\*/)*CREATE\\s+(?:(?:GLOBAL|LOCAL)\\s+)?"
          + "(?:(?:TEMP|TEMPORARY|UNLOGGED)\\s+)?TABLE\\b");

  /** The estimate for the up scripts of {@code pending} that run inside the transaction. */
  static LockEstimate of(List<Migration> pending, SplitRules rules) throws IOException {
    StatementSplitter splitter = new StatementSplitter(rules);
    long[] counts = new long[2];
    for (Migration migration : pending) {
      var script = migration.script(Direction.UP);
      if (script.noDbTxn()) {
        continue; // runs outside the run's transaction
      }
      try (ScriptReader reader = ScriptReader.open(script.file())) {
        splitter.split(reader, statement -> count(statement, counts));
      }
    }
    return new LockEstimate(counts[0] * PER_TABLE + counts[1], counts[0], counts[1]);
  }

  private static void count(SqlStatement statement, long[] counts) {
    String first = statement.firstWord();
    if (!DDL.contains(first)) {
      return;
    }
    if (first.equals("CREATE") && CREATE_TABLE.matcher(statement.sql()).lookingAt()) {
      counts[0]++;
    } else {
      counts[1]++;
    }
  }
}
