package io.github.dbmigrate.engine.inspect;

import io.github.dbmigrate.engine.history.AppliedVersion;

/** How a recorded version came to be recorded, as far as its row tells. */
public enum Recording {
  /** Its script ran here: the row has the time it took. */
  RAN("ran"),
  /** Recorded by {@code mark} without running: a row of this plugin without a time taken. */
  MARKED("marked"),
  /** The row holds nothing but the version (the Go tool's table, an import): cannot tell. */
  UNKNOWN("unknown");

  private final String label;

  Recording(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** How {@code row} was recorded; {@code null} for a version with no row. */
  public static Recording of(AppliedVersion row) {
    if (row == null) {
      return null;
    }
    if (row.executionMs() != null) {
      return RAN;
    }
    // mark writes the name, checksum and who marked it; the Go tool writes only the version
    boolean writtenByThisPlugin = row.name() != null || row.checksum() != null || row.appliedBy() != null
        || row.environment() != null;
    return writtenByThisPlugin ? MARKED : UNKNOWN;
  }
}
