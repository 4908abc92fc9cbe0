package io.github.dbmigrate.engine.lint;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether InnoDB changes a column's type in place or copies the table (MySQL's "Online DDL
 * operations"; MariaDB follows the same rules). In place: widening a {@code VARCHAR} while its
 * length prefix stays the same size (1 byte up to 255 bytes, 2 bytes from 256 on, counting the
 * character set's bytes per character), and adding {@code ENUM}/{@code SET} members at the end while
 * the storage size stays. Every other change of type copies the table.
 */
final class MySqlTypeChange {

  /** What no declared character set is judged as: MySQL 8's default, the widest common one. */
  static final String DEFAULT_CHARSET = "utf8mb4";

  /** Bytes a character takes at most, by character set (lower case); unknown ones count 4. */
  private static final Map<String, Integer> BYTES_PER_CHAR = Map.ofEntries(
      Map.entry("utf8mb4", 4), Map.entry("utf8mb3", 3), Map.entry("utf8", 3), Map.entry("latin1", 1),
      Map.entry("latin2", 1), Map.entry("latin5", 1), Map.entry("latin7", 1), Map.entry("ascii", 1),
      Map.entry("binary", 1), Map.entry("cp1250", 1), Map.entry("cp1251", 1), Map.entry("cp1256", 1),
      Map.entry("cp1257", 1), Map.entry("greek", 1), Map.entry("hebrew", 1), Map.entry("koi8r", 1),
      Map.entry("koi8u", 1), Map.entry("swe7", 1), Map.entry("ucs2", 2), Map.entry("utf16", 4),
      Map.entry("utf16le", 4), Map.entry("utf32", 4), Map.entry("gbk", 2), Map.entry("gb2312", 2),
      Map.entry("gb18030", 4), Map.entry("big5", 2), Map.entry("sjis", 2), Map.entry("cp932", 2),
      Map.entry("euckr", 2), Map.entry("ujis", 3), Map.entry("eucjpms", 3));

  /** Integer types, whose argument is a display width only. */
  private static final Set<String> INTEGERS = Set.of("TINYINT", "SMALLINT", "MEDIUMINT", "INT", "BIGINT");

  private MySqlTypeChange() {}

  /** Bytes a character of {@code charset} takes at most (4 for one not known here). */
  static int bytesPerChar(String charset) {
    return BYTES_PER_CHAR.getOrDefault(charset.toLowerCase(Locale.ROOT), 4);
  }

  /**
   * Why changing {@code from} to {@code to} copies the table, or null when InnoDB does it in place
   * (or the type does not change at all). {@code charset} is the column's character set.
   */
  static String copyReason(ColumnType from, ColumnType to, String charset) {
    String before = normalName(from.name());
    String after = normalName(to.name());
    if (before.equals(after) && (from.args().equals(to.args()) || INTEGERS.contains(after.split(" ")[0]))) {
      return null;
    }
    if (before.equals("VARCHAR") && after.equals("VARCHAR")) {
      return varchar(from.length(), to.length(), charset);
    }
    if (before.equals(after) && (after.equals("ENUM") || after.equals("SET"))
        && to.args().size() > from.args().size() && to.args().subList(0, from.args().size()).equals(from.args())
        && storageBytes(after, from.args().size()) == storageBytes(after, to.args().size())) {
      return null;
    }
    return "changing " + from + " to " + to + " is a change of type, which InnoDB does only by copying"
        + " the table";
  }

  private static String varchar(int from, int to, String charset) {
    if (from < 0 || to < 0) {
      return "a VARCHAR whose length is not a number is judged as a copy of the table";
    }
    if (to < from) {
      return "narrowing VARCHAR(" + from + ") to VARCHAR(" + to + ") copies the table and fails or cuts"
          + " values longer than " + to;
    }
    int perChar = bytesPerChar(charset);
    int fromBytes = from * perChar;
    int toBytes = to * perChar;
    if ((fromBytes <= 255) == (toBytes <= 255)) {
      return null;
    }
    return "VARCHAR(" + from + ") to VARCHAR(" + to + ") in " + charset.toLowerCase(Locale.ROOT) + " ("
        + perChar + (perChar == 1 ? " byte" : " bytes") + " a character) grows from " + fromBytes + " to " + toBytes + " bytes, past 255: the"
        + " length prefix grows from 1 byte to 2, so InnoDB copies the table";
  }

  /** The bytes an ENUM or SET of {@code members} members is stored in. */
  private static int storageBytes(String type, int members) {
    if (type.equals("ENUM")) {
      return members <= 255 ? 1 : 2;
    }
    int bytes = (members + 7) / 8;
    return bytes > 4 ? 8 : bytes;
  }

  /** The one spelling of types MySQL knows by several names. */
  private static String normalName(String type) {
    String name = type.replace(" SIGNED", "");
    if (name.startsWith("INTEGER")) {
      name = "INT" + name.substring("INTEGER".length());
    }
    return switch (name) {
      case "CHARACTER VARYING", "CHAR VARYING" -> "VARCHAR";
      case "DEC", "NUMERIC", "FIXED" -> "DECIMAL";
      case "BOOL", "BOOLEAN" -> "TINYINT";
      case "CHARACTER" -> "CHAR";
      default -> name;
    };
  }
}
