package io.github.dbmigrate.engine.lint;

import java.util.Locale;
import java.util.Optional;

/**
 * How much a finding counts: as the lint setting ({@code error} applies each rule's level and fails
 * on an error, {@code warn} makes every finding a warning, {@code off} skips the lint), as a rule's
 * level, and as a finding's severity ({@link #ERROR} or {@link #WARN}).
 */
public enum Level {
  ERROR,
  WARN,
  OFF;

  /** The level a user wrote ({@code error}, {@code warn}/{@code warning}, {@code off}), any case. */
  public static Optional<Level> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "error" -> Optional.of(ERROR);
      case "warn", "warning" -> Optional.of(WARN);
      case "off" -> Optional.of(OFF);
      default -> Optional.empty();
    };
  }

  /** As users write it. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
