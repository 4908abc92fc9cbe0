package io.github.dbmigrate.engine.dialect;

/**
 * The history table's columns, one list for every database: {@code version} is the key the Go tool
 * writes; the rest are nullable or defaulted so that its plain {@code INSERT (version)} still works.
 */
final class HistoryColumns {

  private HistoryColumns() {}

  /**
   * @param text the database's variable-length text type ({@code varchar}, {@code varchar2}, ...)
   * @param appliedAt the type and default of {@code applied_at}
   * @param integer the database's 64-bit integer type
   */
  static String ddl(String text, String appliedAt, String integer) {
    return "version " + text + "(14) NOT NULL PRIMARY KEY, "
        + "name " + text + "(255), "
        + "checksum " + text + "(100), "
        + "applied_at " + appliedAt + ", "
        + "execution_ms " + integer + ", "
        + "applied_by " + text + "(255), "
        + "environment " + text + "(100)";
  }
}
