package io.github.dbmigrate.engine;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A statement of a migration script failed: where, the database's own words, and what stayed applied.
 * The cause is the driver's {@link SQLException}.
 */
public final class StatementFailed extends DbMigrateException {

  private final Path file;
  private final int line;
  private final String databaseMessage;
  private final String outcome;

  /**
   * @param databaseMessage the database's message, as the message quotes it
   * @param outcome what was rolled back and what stayed applied
   */
  public StatementFailed(Path file, int line, String databaseMessage, String outcome, String message,
      SQLException cause) {
    super(message, cause);
    this.file = file;
    this.line = line;
    this.databaseMessage = databaseMessage;
    this.outcome = outcome;
  }

  public Path file() {
    return file;
  }

  public int line() {
    return line;
  }

  @Override
  public String kind() {
    return "statementFailed";
  }

  @Override
  public Map<String, Object> details() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("file", Paths.display(file));
    details.put("line", line);
    details.putAll(sqlDetails((SQLException) getCause()));
    details.put("databaseMessage", databaseMessage);
    details.put("outcome", outcome);
    return details;
  }
}
