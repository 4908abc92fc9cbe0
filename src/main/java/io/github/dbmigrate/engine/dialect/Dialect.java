package io.github.dbmigrate.engine.dialect;

import io.github.dbmigrate.engine.sql.SplitRules;
import io.github.dbmigrate.engine.sql.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;

/**
 * Everything that differs between databases: the history table's DDL, identifier quoting, the lock,
 * whether DDL is transactional, and how scripts are split. Adding a database means adding one
 * implementation and registering it in {@link Dialects}.
 */
public interface Dialect {

  /** The database's name as users know it, for messages. */
  String name();

  /** Whether this dialect serves a JDBC URL. */
  boolean supports(String jdbcUrl);

  /** How this database's own client splits a script into statements. */
  SplitRules splitRules();

  /** Whether a failed transaction also undoes the DDL it ran (false where DDL commits implicitly). */
  boolean transactionalDdl();

  /** Quotes an identifier that is not a plain SQL word, escaping the quote character itself. */
  String quote(String identifier);

  /** The {@code CREATE TABLE} for a new history table; extra columns are nullable or defaulted. */
  String createHistoryTable(String qualifiedTable);

  /** Connection properties this database needs for bounded waits and a recognisable session. */
  default void addConnectionDefaults(Properties properties) {}

  /**
   * Tries once, without waiting, to take the migration lock on a connection used for nothing else.
   * The lock must be released by the server when the connection dies.
   */
  boolean tryLock(Connection lockConnection, LockTarget target) throws SQLException;

  /**
   * Whether {@link #tryLock} keeps its lock in a table it creates when missing ({@link
   * LockTarget#lockTableSql()}); a dry run skips such a lock while the table does not exist, so that it
   * changes nothing.
   */
  default boolean lockNeedsTable() {
    return false;
  }

  /** Releases a lock taken by {@link #tryLock}. */
  void unlock(Connection lockConnection, LockTarget target) throws SQLException;

  /** Who holds the lock, as far as the server tells: pid, application, client, since when. */
  default Optional<String> lockHolder(Connection connection, LockTarget target) {
    return Optional.empty();
  }

  /** Runs one statement of a script. */
  default void execute(Connection connection, SqlStatement statement) throws SQLException {
    try (Statement jdbc = connection.createStatement()) {
      jdbc.execute(statement.sql());
    }
  }

  /** The database's own words for a failure, without the echo of the statement some drivers add. */
  default String errorMessage(SQLException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().trim();
  }
}
