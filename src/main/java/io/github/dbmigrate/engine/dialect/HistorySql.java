package io.github.dbmigrate.engine.dialect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** The history table in a database's SQL: identifiers, its DDL, and reading its timestamps. */
public interface HistorySql {

  /**
   * Quotes an identifier that is not a plain SQL word, escaping the quote character itself; the SQL
   * standard's double quotes unless the database uses others.
   */
  String quote(String identifier);

  /**
   * The name an unquoted plain word stands for, so that quoting it names the same table: PostgreSQL
   * folds it to lower case, Oracle and H2 to upper case. Elsewhere a quoted name compares as the
   * unquoted one does (MySQL by {@code lower_case_table_names}, SQL Server by collation, SQLite
   * always case-insensitively), so the word is kept as written.
   */
  default String folded(String plainWord) {
    return plainWord;
  }

  /** The {@code CREATE TABLE} for a new history table; extra columns are nullable or defaulted. */
  String createHistoryTable(String qualifiedTable);

  /**
   * Whether the table surely does not exist, asked without a failing statement; false lets the
   * engine probe the table by reading it. For databases whose driver logs every failed statement.
   */
  boolean tableMissing(Connection connection, TableName table) throws SQLException;

  /**
   * An expression for a timestamp column as seconds since the epoch, where reading the column itself
   * would depend on the session's time zone; null where the column reads as an instant already.
   */
  String epochSecondsOf(String column);

  /** Reads a timestamp column of the history table as an instant. */
  Instant readTimestamp(ResultSet rs, int column) throws SQLException;

  /**
   * The schemas a bare table name is looked up in, in order, as this session sees them; a new table
   * goes into the first. Most databases look in one: the session's schema (on MySQL, its database).
   * Empty when the driver cannot say.
   */
  default List<String> lookupPath(Connection connection) throws SQLException {
    String schema;
    try {
      schema = connection.getSchema();
    } catch (AbstractMethodError e) {
      schema = null; // a driver older than JDBC 4.1
    }
    if (schema == null || schema.isBlank()) {
      schema = connection.getCatalog();
    }
    return schema == null || schema.isBlank() ? List.of() : List.of(schema);
  }
}
