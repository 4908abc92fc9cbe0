package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.history.AppliedVersion;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

/**
 * Every change a run makes to the history table: into the table on the work connection
 * ({@link TableHistoryWriter}), or, in a dry run, into the preview of statements
 * ({@link PreviewHistoryWriter}). Callers write the same way in both.
 */
interface HistoryWriter {

  /** Creates the table if it is missing (a dry run only notes whether it exists). */
  void ensure();

  /** Records a version, in the work connection's current transaction. */
  void record(AppliedVersion row) throws SQLException;

  /** Records versions in one batch, in the work connection's current transaction. */
  void recordAll(List<AppliedVersion> rows) throws SQLException;

  /** Removes a recorded row (matching its stored value), in the work connection's current transaction. */
  void delete(AppliedVersion row) throws SQLException;

  /**
   * Makes {@code edits} in one transaction of their own: all of them or, when one fails, none;
   * {@code failed} turns a database error of the edits into the exception to throw.
   */
  void inOneTransaction(Edits edits, Function<SQLException, RuntimeException> failed) throws SQLException;

  /** Changes to the history, made through this writer. */
  @FunctionalInterface
  interface Edits {
    void run() throws SQLException;
  }
}
