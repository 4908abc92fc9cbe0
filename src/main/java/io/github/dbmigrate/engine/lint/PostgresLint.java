package io.github.dbmigrate.engine.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * PostgreSQL's lint: the rules of squawk and strong_migrations, judged statement by statement.
 * Indexes are read by {@link PostgresIndexes}, {@code ALTER TABLE} actions by {@link PostgresAlter},
 * table maintenance and {@code LOCK} by {@link PostgresHeavyLock}; the shared rules by {@link
 * CommonLint}. Facts assume PostgreSQL 12 or later (constant defaults without a rewrite, SET NOT NULL
 * skipping its scan after a valid check).
 */
public final class PostgresLint implements DatabaseLint {

  public static final Rule INDEX_NOT_CONCURRENT = Rule.error("index-not-concurrent",
      "without CONCURRENTLY, building, rebuilding or dropping an index locks its table: CREATE INDEX"
          + " holds a SHARE lock that blocks every INSERT, UPDATE and DELETE until the index is built;"
          + " REINDEX does the same and also blocks the queries that would use the index; DROP INDEX takes"
          + " an ACCESS EXCLUSIVE lock that blocks reads too.",
      "add CONCURRENTLY (CREATE INDEX CONCURRENTLY, DROP INDEX CONCURRENTLY, REINDEX INDEX CONCURRENTLY),"
          + " alone in a migration whose file name has .no-db-txn. before .up.sql, since CONCURRENTLY"
          + " cannot run in a transaction; a concurrent build that fails leaves an INVALID index: drop it"
          + " and run again.");
  public static final Rule CONCURRENTLY_IN_TRANSACTION = Rule.failure("concurrently-in-transaction",
      "PostgreSQL refuses CONCURRENTLY inside a transaction block, and this file runs in one: the"
          + " migration fails at deploy.",
      "move the statement alone to a migration whose file name has .no-db-txn. before .up.sql (or"
          + " .down.sql), such as 20240301120000_index_users_email.no-db-txn.up.sql.");
  public static final Rule NOT_NULL_WITHOUT_DEFAULT = Rule.error("not-null-without-default",
      "a NOT NULL column without a default cannot be added to a table that has rows (each would hold"
          + " null), and once it exists the running release's INSERTs, which do not set it, fail.",
      "add the column nullable, or with a constant DEFAULT (stored without rewriting the table); backfill"
          + " in batches in a separate migration; then add CHECK (column IS NOT NULL) NOT VALID, VALIDATE"
          + " it, and SET NOT NULL.");
  public static final Rule VOLATILE_DEFAULT = Rule.error("volatile-default",
      "a column whose value is computed per row (a volatile default such as clock_timestamp() or"
          + " gen_random_uuid(), a serial, an identity, a stored generated column) makes PostgreSQL rewrite"
          + " the table and its indexes under an ACCESS EXCLUSIVE lock: reads and writes wait until it"
          + " ends.",
      "add the column without a default (or with a constant one), ALTER COLUMN ... SET DEFAULT for new"
          + " rows, and fill the existing rows in batches in a separate migration.");
  public static final Rule COLUMN_TYPE_CHANGE = Rule.error("column-type-change",
      "changing a column's type takes an ACCESS EXCLUSIVE lock and, unless the new type stores the same"
          + " bytes and is no narrower, rewrites the table and rebuilds its indexes under it: reads and"
          + " writes wait until it ends; a narrower type also fails on the first value that does not fit,"
          + " and the running release may not expect the new type.",
      "add a column of the new type, write to both, backfill it in batches in a separate migration,"
          + " switch reads, and drop the old column in a later release. (Widening varchar(n) to a larger n"
          + " or to text, and raising a numeric's precision at the same scale, need no rewrite and pass.)");
  public static final Rule SET_NOT_NULL = Rule.error("set-not-null",
      "SET NOT NULL reads every row to check it while holding an ACCESS EXCLUSIVE lock: reads and writes"
          + " wait for the whole scan.",
      "ADD CONSTRAINT name CHECK (column IS NOT NULL) NOT VALID (instant); in a separate migration,"
          + " VALIDATE CONSTRAINT name (scans without blocking reads or writes); then SET NOT NULL, which"
          + " PostgreSQL 12+ does without a scan when that valid check exists, and DROP CONSTRAINT name.");
  public static final Rule CONSTRAINT_NOT_VALID = Rule.error("constraint-not-valid",
      "adding a FOREIGN KEY or CHECK constraint checks every existing row while holding its lock (SHARE"
          + " ROW EXCLUSIVE on both tables for a foreign key: writes wait; ACCESS EXCLUSIVE for a check:"
          + " reads wait too); validating it in the transaction that added it keeps that lock for the"
          + " scan.",
      "add the constraint with NOT VALID (new rows are checked at once, old ones are not scanned), then in"
          + " a separate migration ALTER TABLE ... VALIDATE CONSTRAINT name, which scans under a lock that"
          + " lets reads and writes go on.");
  public static final Rule UNIQUE_WITHOUT_INDEX = Rule.error("unique-without-index",
      "adding a UNIQUE or PRIMARY KEY constraint builds its index under an ACCESS EXCLUSIVE lock: reads"
          + " and writes wait until the whole index is built.",
      "CREATE UNIQUE INDEX CONCURRENTLY name ON table (columns) alone in a .no-db-txn. migration, then"
          + " ALTER TABLE table ADD CONSTRAINT name UNIQUE USING INDEX name (or PRIMARY KEY USING INDEX,"
          + " on columns already NOT NULL), which takes only a moment.");
  public static final Rule HEAVY_LOCK = Rule.error("heavy-lock",
      "VACUUM FULL and CLUSTER rewrite the whole table under an ACCESS EXCLUSIVE lock; LOCK TABLE (ACCESS"
          + " EXCLUSIVE unless a mode is given) holds its lock to the end of the transaction: reads, writes"
          + " or both wait all that time.",
      "leave table maintenance out of migrations: use pg_repack or pg_squeeze, which work online, or a"
          + " maintenance window; instead of LOCK TABLE, let each statement take its own lock, with a short"
          + " lock_timeout so a waiting migration does not hold up every query behind it.");

  public static final Rule NOT_IN_TRANSACTION = Rule.failure("not-in-transaction",
      "PostgreSQL refuses this statement inside a transaction block, and this file runs in one: the"
          + " migration fails at deploy.",
      "move the statement alone to a migration whose file name has .no-db-txn. before .up.sql (or"
          + " .down.sql), run with txnMode=per-file; table maintenance such as VACUUM is better left to"
          + " autovacuum or a maintenance job.");
  public static final Rule LOCK_OUTSIDE_TRANSACTION = Rule.failure("lock-outside-transaction",
      "LOCK TABLE works only inside a transaction block, and a .no-db-txn. file runs each statement on its"
          + " own: the migration fails at deploy.",
      "take the lock in a file that runs in a transaction (without .no-db-txn. in its name), or leave it"
          + " out: each statement takes the lock it needs.");

  private static final List<Rule> RULES = rules(INDEX_NOT_CONCURRENT, CONCURRENTLY_IN_TRANSACTION,
      NOT_NULL_WITHOUT_DEFAULT, VOLATILE_DEFAULT, COLUMN_TYPE_CHANGE, SET_NOT_NULL, CONSTRAINT_NOT_VALID,
      UNIQUE_WITHOUT_INDEX, HEAVY_LOCK, NOT_IN_TRANSACTION, LOCK_OUTSIDE_TRANSACTION);

  private static final Set<String> FIRST_WORDS = Set.of("CREATE", "DROP", "ALTER", "UPDATE", "DELETE",
      "TRUNCATE", "REINDEX", "VACUUM", "CLUSTER", "LOCK", "WITH");

  @Override
  public List<Rule> rules() {
    return RULES;
  }

  @Override
  public boolean reads(String firstWord) {
    return FIRST_WORDS.contains(firstWord);
  }

  @Override
  public void read(LintStatement statement) {
    PostgresTransactionBlock.read(statement);
    TokenCursor c = statement.cursor();
    boolean done = switch (c.peek().text()) {
      case "CREATE", "DROP", "REINDEX" -> PostgresIndexes.read(statement);
      case "ALTER" -> c.at("ALTER", "INDEX") && PostgresIndexes.read(statement);
      case "VACUUM", "CLUSTER", "LOCK" -> PostgresHeavyLock.read(statement);
      default -> false;
    };
    if (!done) {
      CommonLint.read(statement, PostgresAlter::check);
    }
  }

  private static List<Rule> rules(Rule... own) {
    List<Rule> rules = new ArrayList<>(CommonLint.RULES);
    rules.addAll(List.of(own));
    return List.copyOf(rules);
  }
}
