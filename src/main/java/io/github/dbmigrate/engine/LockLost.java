package io.github.dbmigrate.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The run no longer held the migration lock before its next migration (the server ended the lock's
 * session), so it stopped: another run may be migrating the same database.
 */
public final class LockLost extends DbMigrateException {

  private final String nextFile;
  private final List<String> applied;

  /**
   * @param nextFile the migration that did not run
   * @param applied the versions of this run that stay applied and recorded
   */
  public LockLost(String nextFile, List<String> applied, String message, Throwable cause) {
    super(message, cause);
    this.nextFile = nextFile;
    this.applied = List.copyOf(applied);
  }

  @Override
  public String kind() {
    return "lockLost";
  }

  @Override
  public Map<String, Object> details() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("notRun", nextFile);
    details.put("applied", applied);
    return details;
  }
}
