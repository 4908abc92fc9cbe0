package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.history.AppliedVersion;
import io.github.dbmigrate.engine.history.HistoryTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

/** Writes the history into its table, on the connection that runs the scripts. */
final class TableHistoryWriter implements HistoryWriter {

  private final HistoryTable table;
  private final Connection work;

  TableHistoryWriter(HistoryTable table, Connection work) {
    this.table = table;
    this.work = work;
  }

  @Override
  public void ensure() {
    table.ensure(work);
  }

  @Override
  public void record(AppliedVersion row) throws SQLException {
    table.insert(work, row);
  }

  @Override
  public void recordAll(List<AppliedVersion> rows) throws SQLException {
    table.insertAll(work, rows);
  }

  @Override
  public void delete(AppliedVersion row) throws SQLException {
    table.delete(work, row);
  }

  @Override
  public void inOneTransaction(Edits edits, Function<SQLException, RuntimeException> failed) throws SQLException {
    work.setAutoCommit(false);
    try {
      edits.run();
      work.commit();
    } catch (SQLException | RuntimeException e) {
      work.rollback();
      if (e instanceof SQLException sql) {
        throw failed.apply(sql);
      }
      throw e;
    } finally {
      work.setAutoCommit(true);
    }
  }
}
