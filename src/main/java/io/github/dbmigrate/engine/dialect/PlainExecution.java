package io.github.dbmigrate.engine.dialect;

import io.github.dbmigrate.engine.sql.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The common execution: statements one at a time through a plain JDBC {@code Statement}, no
 * batches. Databases that differ extend it and change only what differs.
 */
class PlainExecution implements StatementExecution {

  private final boolean transactionalDdl;

  PlainExecution(boolean transactionalDdl) {
    this.transactionalDdl = transactionalDdl;
  }

  @Override
  public boolean transactionalDdl() {
    return transactionalDdl;
  }

  @Override
  public void execute(Connection connection, SqlStatement statement) throws SQLException {
    try (Statement jdbc = connection.createStatement()) {
      jdbc.execute(statement.sql());
    }
  }

  @Override
  public boolean pipelinesBatches() {
    return false;
  }

  @Override
  public boolean canPipeline(SqlStatement statement) {
    return false;
  }

  @Override
  public String transactionElapsedMillis() {
    return null;
  }
}
