package io.github.dbmigrate.engine.files;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a migration file name: {@code <14 digits>_<slug>[.no-db-txn].(up|down).sql}, the
 * Go tool's format.
 */
public record MigrationFileName(String version, String name, Direction direction, boolean noDbTxn) {

  static final String NO_DB_TXN = ".no-db-txn";

  private static final Pattern VALID =
      Pattern.compile("(\\d{14})_(.+?)(\\.no-db-txn)?\\.(up|down)\\.sql");

  /** Whether the file belongs to the migrations at all; other files (README, .gitkeep) are ignored. */
  public static boolean looksLikeMigration(String fileName) {
    return fileName.endsWith(".sql");
  }

  /**
   * Parses a file name that {@link #looksLikeMigration looks like a migration}.
   *
   * @return the parts, or {@code null} with {@code problem[0]} set to why the name is malformed
   */
  public static MigrationFileName parse(String fileName, String[] problem) {
    Matcher m = VALID.matcher(fileName);
    if (m.matches()) {
      return new MigrationFileName(m.group(1), m.group(2), Direction.valueOf(m.group(4).toUpperCase(
          java.util.Locale.ROOT)), m.group(3) != null);
    }
    problem[0] = explain(fileName);
    return null;
  }

  private static String explain(String fileName) {
    if (!fileName.endsWith(".up.sql") && !fileName.endsWith(".down.sql")) {
      return "a .sql file that is neither .up.sql nor .down.sql";
    }
    int digits = 0;
    while (digits < fileName.length() && Character.isDigit(fileName.charAt(digits))) {
      digits++;
    }
    if (digits != 14) {
      return "the version must be exactly 14 digits (UTC yyyyMMddHHmmss), found " + digits;
    }
    if (fileName.charAt(14) != '_') {
      return "the version must be followed by '_' and a name";
    }
    return "the name after the version is empty";
  }
}
