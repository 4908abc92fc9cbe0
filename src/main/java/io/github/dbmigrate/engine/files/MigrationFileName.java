package io.github.dbmigrate.engine.files;

/**
 * The parts of a migration file name: {@code <14 digits>_<slug>[.no-db-txn].(up|down).sql}, the
 * Go tool's format.
 */
public record MigrationFileName(String version, String name, Direction direction, boolean noDbTxn) {

  static final String NO_DB_TXN = ".no-db-txn";

  private static final int VERSION_DIGITS = 14;
  private static final String UP_SUFFIX = ".up.sql";
  private static final String DOWN_SUFFIX = ".down.sql";

  /** Whether the file belongs to the migrations at all; other files (README, .gitkeep) are ignored. */
  public static boolean looksLikeMigration(String fileName) {
    // any case, so that a .UP.SQL is reported rather than silently skipped
    return fileName.regionMatches(true, fileName.length() - 4, ".sql", 0, 4);
  }

  /**
   * Parses a file name that {@link #looksLikeMigration looks like a migration}. Written out rather
   * than as a regular expression: a run reads thousands of names in a JVM that has not warmed up.
   *
   * @return the parts, or {@code null} with {@code problem[0]} set to why the name is malformed
   */
  public static MigrationFileName parse(String fileName, String[] problem) {
    String respelled = lowerCaseSuffixes(fileName);
    if (respelled != null && parse(respelled, new String[1]) != null) {
      problem[0] = "a migration but for its case: the suffixes are lower case; rename it to " + respelled;
      return null;
    }
    Direction direction = fileName.endsWith(UP_SUFFIX) ? Direction.UP
        : fileName.endsWith(DOWN_SUFFIX) ? Direction.DOWN : null;
    int nameStart = VERSION_DIGITS + 1;
    int nameEnd = direction == null ? -1
        : fileName.length() - (direction == Direction.UP ? UP_SUFFIX : DOWN_SUFFIX).length();
    if (direction == null || nameEnd <= nameStart || !versionAt(fileName) || fileName.charAt(VERSION_DIGITS) != '_'
        || hasLineBreak(fileName, nameStart, nameEnd)) {
      problem[0] = explain(fileName);
      return null;
    }
    String name = fileName.substring(nameStart, nameEnd);
    boolean noDbTxn = name.length() > NO_DB_TXN.length() && name.endsWith(NO_DB_TXN);
    if (noDbTxn) {
      name = name.substring(0, name.length() - NO_DB_TXN.length());
    }
    return new MigrationFileName(fileName.substring(0, VERSION_DIGITS), name, direction, noDbTxn);
  }

  /**
   * The name with {@code .up.sql}/{@code .down.sql} and {@code .no-db-txn} in lower case, or
   * {@code null} when it has no such suffix in any case or already spells them right.
   */
  private static String lowerCaseSuffixes(String fileName) {
    for (String suffix : new String[] {UP_SUFFIX, DOWN_SUFFIX}) {
      int at = fileName.length() - suffix.length();
      if (at >= 0 && fileName.regionMatches(true, at, suffix, 0, suffix.length())) {
        String stem = fileName.substring(0, at);
        int marker = stem.length() - NO_DB_TXN.length();
        if (marker > 0 && stem.regionMatches(true, marker, NO_DB_TXN, 0, NO_DB_TXN.length())) {
          stem = stem.substring(0, marker) + NO_DB_TXN;
        }
        String respelled = stem + suffix;
        return respelled.equals(fileName) ? null : respelled;
      }
    }
    return null;
  }

  private static boolean versionAt(String fileName) {
    for (int i = 0; i < VERSION_DIGITS; i++) {
      char c = fileName.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean hasLineBreak(String fileName, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = fileName.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  private static String explain(String fileName) {
    if (!fileName.endsWith(".up.sql") && !fileName.endsWith(".down.sql")) {
      return "a .sql file that is neither .up.sql nor .down.sql";
    }
    int digits = 0;
    while (digits < fileName.length() && fileName.charAt(digits) >= '0' && fileName.charAt(digits) <= '9') {
      digits++;
    }
    if (digits != 14) {
      return "the version must be exactly 14 digits (UTC yyyyMMddHHmmss), found " + digits;
    }
    if (fileName.charAt(14) != '_') {
      return "the version must be followed by '_' and a name";
    }
    if (hasLineBreak(fileName, 0, fileName.length())) {
      return "the name contains a line break";
    }
    return "the name after the version is empty";
  }
}
