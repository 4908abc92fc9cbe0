package io.github.dbmigrate.engine;

import java.sql.SQLException;
import java.util.Map;

/** The database could not be reached or refused the login; nothing was touched. */
public final class DatabaseUnavailable extends DbMigrateException {

  public DatabaseUnavailable(String message, SQLException cause) {
    super(message, cause);
  }

  @Override
  public String kind() {
    return "databaseUnavailable";
  }

  @Override
  public Map<String, Object> details() {
    return sqlDetails((SQLException) getCause());
  }
}
