package io.github.dbmigrate.engine;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses and prints the short durations users type: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}. */
public final class Durations {

  private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");

  private Durations() {}

  /** Reads {@code text} as a duration; {@code setting} and {@code words} name what was given in an error. */
  public static Duration parse(String text, Setting setting, FrontEnd words) {
    String trimmed = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    Matcher m = SHORT.matcher(trimmed);
    try {
      Duration parsed;
      if (m.matches()) {
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        parsed = switch (unit) {
          case "ms" -> Duration.ofMillis(amount);
          case "m" -> Duration.ofMinutes(amount);
          case "h" -> Duration.ofHours(amount);
          default -> Duration.ofSeconds(amount);
        };
      } else {
        parsed = Duration.parse(trimmed.toUpperCase(Locale.ROOT));
      }
      parsed.toNanos(); // a wait too long to count in nanoseconds is as unreadable as garbage
      return parsed;
    } catch (RuntimeException e) {
      throw new BadSetting(setting, "Cannot read " + words.setting(setting) + " '" + text
          + "' as a duration. Write it like 30s, 5m, 1h or 500ms.", e);
    }
  }

  /** A human reading of a duration: {@code 12 ms}, {@code 1.3 s}, {@code 2 min 5 s}. */
  public static String format(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + " ms";
    }
    if (ms < 60_000) {
      return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
    return (ms / 60_000) + " min " + (ms % 60_000) / 1000 + " s";
  }
}
