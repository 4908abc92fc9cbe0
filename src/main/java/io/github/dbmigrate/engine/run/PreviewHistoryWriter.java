package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.history.AppliedVersion;
import io.github.dbmigrate.engine.history.HistoryTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes the history statements a real run would execute into a {@link DryRun}'s preview instead;
 * the table is only read (whether it exists), never created or changed.
 */
final class PreviewHistoryWriter implements HistoryWriter {

  private final HistoryTable table;
  private final Connection work;
  private final DryRun preview;
  /** The statements of the transaction being written, or null outside one. */
  private List<String> transaction;

  PreviewHistoryWriter(HistoryTable table, Connection work, DryRun preview) {
    this.table = table;
    this.work = work;
    this.preview = preview;
  }

  @Override
  public void ensure() {
    preview.historyExists(table.existsToWrite(work));
  }

  @Override
  public void record(AppliedVersion row) {
    write(table.describeInsert(row));
  }

  @Override
  public void recordAll(List<AppliedVersion> rows) {
    rows.forEach(this::record);
  }

  @Override
  public void delete(AppliedVersion row) {
    write(table.describeDelete(row));
  }

  @Override
  public void inOneTransaction(Edits edits, Function<SQLException, RuntimeException> failed) throws SQLException {
    transaction = new ArrayList<>();
    try {
      edits.run();
      preview.historyEdits(transaction);
    } finally {
      transaction = null;
    }
  }

  private void write(String sql) {
    if (transaction != null) {
      transaction.add(sql);
    } else {
      preview.historyStatement(sql);
    }
  }
}
