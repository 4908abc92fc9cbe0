package io.github.dbmigrate.engine.dialect;

import io.github.dbmigrate.engine.sql.SqlStatement;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The common reading of failures: nothing recognised beyond the database's own "no such table",
 * the driver's message trimmed, the statement's first line. Each database extends it with its codes.
 */
abstract class StandardErrors implements ErrorClassifier {

  @Override
  public boolean databaseMissing(SQLException e) {
    return false;
  }

  @Override
  public boolean databaseCreatedMeanwhile(SQLException e) {
    return false;
  }

  @Override
  public Optional<String> lockTableFull(SQLException e) {
    return Optional.empty();
  }

  @Override
  public String errorMessage(SQLException e) {
    return plainMessage(e);
  }

  @Override
  public int failedLine(SqlStatement statement, SQLException e) {
    return statement.line();
  }

  /** The driver's message, trimmed; the exception's type where it has none. */
  static String plainMessage(SQLException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().trim();
  }
}
