package io.github.dbmigrate.engine.lock;

/**
 * What the migration lock protects.
 *
 * @param name a name unique to the database, schema and history table, for named locks
 * @param lockTableSql the SQL name of a one-row table beside the history table, for databases whose
 *     only lock is a row lock
 */
public record LockTarget(String name, String lockTableSql) {}
