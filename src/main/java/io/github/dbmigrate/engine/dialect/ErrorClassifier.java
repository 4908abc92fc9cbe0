package io.github.dbmigrate.engine.dialect;

import io.github.dbmigrate.engine.sql.SqlStatement;
import java.sql.SQLException;
import java.util.Optional;

/** What a database's failures mean, by its own codes only, and how to quote them to a user. */
public interface ErrorClassifier {

  /**
   * Whether a failure means "no such table (or schema)", as opposed to a denied permission or a lost
   * connection, which must not be mistaken for an empty history.
   */
  boolean isUndefinedTable(SQLException e);

  /** Whether a connection failed because the server is up but the named database does not exist. */
  boolean databaseMissing(SQLException e);

  /** Whether creating the database failed only because another run created it a moment ago. */
  boolean databaseCreatedMeanwhile(SQLException e);

  /**
   * When {@code e} says the server's lock table is full (one transaction created or touched too many
   * objects), the setting that sizes it; empty for any other failure.
   */
  Optional<String> lockTableFull(SQLException e);

  /** The database's own words for a failure, without the echo of the statement some drivers add. */
  String errorMessage(SQLException e);

  /**
   * The script line a failure is reported on: the statement's first line, unless the database says
   * where inside a multi-line statement or batch the error is.
   */
  int failedLine(SqlStatement statement, SQLException e);
}
