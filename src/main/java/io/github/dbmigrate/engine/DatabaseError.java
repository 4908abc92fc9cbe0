package io.github.dbmigrate.engine;

import java.sql.SQLException;
import java.util.Map;

/**
 * A statement of the engine's own failed: reading or editing the history table, taking the lock,
 * committing, creating the database. The message says what stayed as it was.
 */
public final class DatabaseError extends DbMigrateException {

  /** @param cause the driver's failure, or {@code null} when the database answered something unusable */
  public DatabaseError(String message, SQLException cause) {
    super(message, cause);
  }

  @Override
  public String kind() {
    return "databaseError";
  }

  @Override
  public Map<String, Object> details() {
    return sqlDetails((SQLException) getCause());
  }
}
