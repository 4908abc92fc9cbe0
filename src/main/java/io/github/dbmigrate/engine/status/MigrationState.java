package io.github.dbmigrate.engine.status;

/** Where a version stands, comparing the files with the history table. */
public enum MigrationState {
  /** File present and version recorded (its checksum matches, or there is none to compare). */
  APPLIED("applied"),
  /** Version recorded, but its up file was edited after it was applied: drift. */
  CHANGED("changed"),
  /** File present, version not recorded: the next {@code up} runs it. */
  PENDING("pending"),
  /** Version recorded but no file for it (deleted, or from another branch). */
  NO_FILE("no file"),
  /**
   * A recorded value no migration can have (NULL, {@code abc}): the Go tool's table allows them, an
   * import or a hand edit leaves them. Listed, never compared with versions.
   */
  NOT_A_VERSION("not a version");

  private final String label;

  MigrationState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
