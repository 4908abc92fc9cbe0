package io.github.dbmigrate.engine.dialect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The common history SQL: double-quoted identifiers, a {@code CREATE TABLE} of {@link
 * HistoryColumns}, a probe by reading the table, timestamps read as instants. Databases that differ
 * extend it.
 */
class StandardHistorySql implements HistorySql {

  private final UnaryOperator<String> createTable;
  private final UnaryOperator<String> folding;

  /**
   * @param createTable {@code CREATE TABLE IF NOT EXISTS}, or plain {@code CREATE TABLE} where the
   *     database has no such clause
   * @param columns the column list, from {@link HistoryColumns#ddl}
   */
  StandardHistorySql(String createTable, String columns) {
    this(table -> createTable + " " + table + " (" + columns + ")");
  }

  /** @param createTable the whole statement that creates the history table of the given SQL name */
  StandardHistorySql(UnaryOperator<String> createTable) {
    this(createTable, UnaryOperator.identity());
  }

  private StandardHistorySql(UnaryOperator<String> createTable, UnaryOperator<String> folding) {
    this.createTable = createTable;
    this.folding = folding;
  }

  /** This SQL for a database that folds unquoted names to upper case (Oracle, H2). */
  StandardHistorySql foldingToUpperCase() {
    return new StandardHistorySql(createTable, word -> word.toUpperCase(Locale.ROOT));
  }

  @Override
  public String folded(String plainWord) {
    return folding.apply(plainWord);
  }

  @Override
  public String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  @Override
  public String createHistoryTable(String qualifiedTable) {
    return createTable.apply(qualifiedTable);
  }

  @Override
  public boolean tableMissing(Connection connection, TableName table) throws SQLException {
    return false;
  }

  @Override
  public String epochSecondsOf(String column) {
    return null;
  }

  @Override
  public Instant readTimestamp(ResultSet rs, int column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toInstant();
  }
}
