package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.DbMigrateException;
import io.github.dbmigrate.engine.files.Migration;
import io.github.dbmigrate.engine.files.MigrationSet;
import io.github.dbmigrate.engine.files.ScriptReader;
import io.github.dbmigrate.engine.history.AppliedVersion;
import io.github.dbmigrate.engine.status.ChecksumState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds applied migrations whose up file changed since it ran, by comparing the recorded checksum with
 * the file's checksum today. Only a checksum with this version's algorithm tag is compared: a missing
 * one (the Go tool writes none) or another algorithm's is unknown, never drift, so a future algorithm
 * cannot invalidate old history.
 */
public final class Drift {

  /** An applied version whose file changed. */
  public record Item(String version, String file, String recorded, String current) {

    public String describe() {
      return file + " was edited after version " + version + " was applied (recorded " + shortSum(recorded)
          + ", file now " + shortSum(current) + ")";
    }
  }

  private Drift() {}

  /** Every applied version with a file whose checksum differs, in version order. */
  public static List<Item> find(MigrationSet files, Map<String, AppliedVersion> applied) {
    List<Item> drift = new ArrayList<>();
    for (AppliedVersion row : applied.values()) {
      Migration file = files.get(row.version());
      if (file == null || !comparable(row.checksum())) {
        continue;
      }
      String now = currentChecksum(file);
      if (!now.equals(row.checksum().trim())) {
        drift.add(new Item(row.version(), file.upFileName(), row.checksum().trim(), now));
      }
    }
    return drift;
  }

  /** How one applied version's recorded checksum compares with its up file. */
  public static ChecksumState check(AppliedVersion row, Migration file) {
    if (!comparable(row.checksum())) {
      return ChecksumState.UNKNOWN;
    }
    return row.checksum().trim().equals(currentChecksum(file)) ? ChecksumState.MATCHES : ChecksumState.CHANGED;
  }

  /** Whether a recorded checksum was written by the algorithm this version computes. */
  static boolean comparable(String recorded) {
    return recorded != null && recorded.trim().startsWith(ScriptReader.CHECKSUM_ALGORITHM + ":");
  }

  /** The up file's checksum today; a file that can no longer be read cannot match. */
  private static String currentChecksum(Migration file) {
    try {
      return ScriptReader.checksumOf(file.up());
    } catch (DbMigrateException e) {
      return "unreadable";
    }
  }

  private static String shortSum(String checksum) {
    int colon = checksum.indexOf(':');
    String hex = colon < 0 ? checksum : checksum.substring(colon + 1);
    return hex.length() > 12 ? hex.substring(0, 12) + "..." : hex;
  }
}
