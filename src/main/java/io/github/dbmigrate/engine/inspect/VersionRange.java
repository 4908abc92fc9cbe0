package io.github.dbmigrate.engine.inspect;

import io.github.dbmigrate.engine.BadSetting;
import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.Setting;
import java.util.regex.Pattern;

/**
 * The versions {@code history} lists, as Alembic's {@code history -r from:to}: both ends included,
 * either may be absent. An end need not be a migration's version: any 14 digits (a date) will do.
 *
 * @param from the lowest version listed, or null
 * @param to the highest version listed, or null
 */
public record VersionRange(String from, String to) {

  private static final Pattern VERSION = Pattern.compile("\\d{14}");

  /** Every version. */
  public static final VersionRange ALL = new VersionRange(null, null);

  /** The range the settings give, refused when an end is no version or the ends are swapped. */
  public static VersionRange of(String from, String to, FrontEnd words) {
    String low = end(from, Setting.FROM, words);
    String high = end(to, Setting.TO, words);
    if (low != null && high != null && low.compareTo(high) > 0) {
      throw new BadSetting(Setting.FROM, words.setting(Setting.FROM, low) + " is after "
          + words.setting(Setting.TO, high) + ": no version lies between. Swap them.");
    }
    return new VersionRange(low, high);
  }

  private static String end(String value, Setting setting, FrontEnd words) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String trimmed = value.trim();
    if (!VERSION.matcher(trimmed).matches()) {
      throw new BadSetting(setting, words.setting(setting, trimmed) + " is not a version: give 14 digits,"
          + " a migration's version such as 20240101000000, or leave it out for no bound.");
    }
    return trimmed;
  }

  public boolean isAll() {
    return from == null && to == null;
  }

  /** Whether a version lies in the range; a recorded value that is no version only in the whole range. */
  public boolean contains(String version, boolean isVersion) {
    if (!isVersion) {
      return isAll();
    }
    return (from == null || version.compareTo(from) >= 0) && (to == null || version.compareTo(to) <= 0);
  }

  /** The range in words, for the log: {@code 20240101000000 to 20240301000000}. */
  public String describe() {
    return (from == null ? "the first version" : from) + " to " + (to == null ? "the newest" : to);
  }
}
