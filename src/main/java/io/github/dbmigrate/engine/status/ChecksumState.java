package io.github.dbmigrate.engine.status;

/** How an applied version's recorded checksum compares with its up file today. */
public enum ChecksumState {
  /** The file is unchanged since it was applied (line endings and a BOM do not count). */
  MATCHES("ok"),
  /** The file was edited after it was applied: drift. */
  CHANGED("changed"),
  /**
   * Nothing to compare: no checksum recorded (the Go tool's rows, versions marked on a table without
   * the column) or one written by an algorithm this version does not know. Never counted as drift.
   */
  UNKNOWN("unknown");

  private final String label;

  ChecksumState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
