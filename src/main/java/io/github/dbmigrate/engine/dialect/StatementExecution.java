package io.github.dbmigrate.engine.dialect;

import io.github.dbmigrate.engine.sql.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;

/** How a database runs a script's statements, and what its transactions cover. */
public interface StatementExecution {

  /** Whether a failed transaction also undoes the DDL it ran (false where DDL commits implicitly). */
  boolean transactionalDdl();

  /** Runs one statement of a script. */
  void execute(Connection connection, SqlStatement statement) throws SQLException;

  /**
   * Whether the driver sends a JDBC batch in one flight, without waiting for each statement's
   * answer, and the server runs it in the open transaction like statements sent one by one.
   */
  boolean pipelinesBatches();

  /**
   * Whether the statement may go to the server in a batch with its neighbours (see
   * {@link #pipelinesBatches}): it returns no rows, needs no data stream and does not end the
   * transaction. Saves a round trip per statement.
   */
  boolean canPipeline(SqlStatement statement);

  /**
   * An SQL expression for the milliseconds since the current transaction started, for a version row
   * written in the same flight as its script (so the client cannot time it); null where none.
   */
  String transactionElapsedMillis();
}
