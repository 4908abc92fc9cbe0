package io.github.dbmigrate.engine.files;

import io.github.dbmigrate.engine.BadSetting;
import io.github.dbmigrate.engine.FileProblem;
import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.Goal;
import io.github.dbmigrate.engine.Refused;
import io.github.dbmigrate.engine.Setting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Writes a new, empty pair of migration scripts named after the current UTC second. */
public final class MigrationCreator {

  private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
  private static final int MAX_ATTEMPTS = 600;

  /**
   * Longest slug written, in UTF-8 bytes (characters, for ASCII): keeps file names far below the
   * common 255-byte limit.
   */
  public static final int MAX_SLUG = 100;

  private final Clock clock;
  private final FrontEnd words;

  /** {@code words} names the front end's command in the advice of an error. */
  public MigrationCreator(Clock clock, FrontEnd words) {
    this.clock = clock;
    this.words = words;
  }

  /** Lower case; every run of characters other than letters and digits becomes one '-'. */
  public static String slug(String message) {
    String lower = message.trim().toLowerCase(Locale.ROOT);
    return lower.replaceAll("[^\\p{L}\\p{Nd}]+", "-").replaceAll("^-+|-+$", "");
  }

  /** Whether {@code message} is too long for the file name and is cut to its first words. */
  public static boolean shortened(String message) {
    return !shortSlug(message).equals(slug(message));
  }

  /** The slug cut after its last whole word within {@link #MAX_SLUG}, or at it for one long word. */
  static String shortSlug(String message) {
    String slug = slug(message);
    int end = 0;
    int bytes = 0;
    while (end < slug.length()) {
      int codePoint = slug.codePointAt(end);
      bytes += new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes > MAX_SLUG) {
        int lastBreak = slug.lastIndexOf('-', end);
        return slug.substring(0, lastBreak > 0 ? lastBreak : end);
      }
      end += Character.charCount(codePoint);
    }
    return slug;
  }

  /**
   * The message on one line: each run of control characters (line breaks, tabs, NUL, C1 codes) and
   * line separators becomes one space, so the comment written from it can never end early.
   */
  static String flat(String message) {
    return message.replaceAll("[\\p{Cc}\\u2028\\u2029]+", " ").trim();
  }

  /**
   * Creates {@code <version>_<slug>.up.sql} and {@code .down.sql} in {@code dir}.
   *
   * @param existing every directory whose versions the new one must not collide with
   * @return the two files written, up first
   */
  public List<Path> create(Path dir, List<Path> existing, String message, boolean noDbTxn) {
    String name = checkedSlug(message);
    String comment = flat(message);
    String suffix = noDbTxn ? MigrationFileName.NO_DB_TXN : "";
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new FileProblem(dir, "Cannot create the migrations directory " + dir + ": " + e, e);
    }
    MigrationSet known = Files.isDirectory(dir) ? MigrationScanner.scanToCheck(existing.stream()
        .filter(Files::isDirectory).toList(), words) : new MigrationSet(List.of());
    LocalDateTime time = LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).withNano(0);
    // Two creates in the same second (or a clock behind the newest file) take the next free second.
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++, time = time.plusSeconds(1)) {
      String version = VERSION.format(time);
      if (known.contains(version)) {
        continue;
      }
      Path up = dir.resolve(version + "_" + name + suffix + ".up.sql");
      Path down = dir.resolve(version + "_" + name + suffix + ".down.sql");
      try {
        Files.writeString(up, "-- " + comment + "\n", StandardCharsets.UTF_8,
            StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } catch (FileAlreadyExistsException e) {
        continue;
      } catch (IOException e) {
        throw new FileProblem(up, "Cannot write " + up + ": " + e.getMessage(), e);
      }
      try {
        Files.writeString(down, "-- undo: " + comment + "\n", StandardCharsets.UTF_8,
            StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } catch (IOException e) {
        throw new FileProblem(down, "Cannot write " + down + ": " + e.getMessage()
            + ". The up script " + up + " was written; delete it and try again.", e);
      }
      return List.of(up, down);
    }
    throw new Refused("No free version in the next " + MAX_ATTEMPTS
        + " seconds in " + dir + "; check the files there and the system clock.");
  }

  private String checkedSlug(String message) {
    String example = words.option(Setting.MESSAGE, "\"add users table\"");
    if (message == null || message.isBlank()) {
      throw new BadSetting(Setting.MESSAGE, "Say what the migration does: "
          + words.command(Goal.CREATE, Setting.MESSAGE, "\"add users table\""));
    }
    // a dot inside words (v1.2, "wait...") is text; a leading dot or a separator is path syntax
    if (message.contains("/") || message.contains("\\") || message.trim().startsWith(".")) {
      throw new BadSetting(Setting.MESSAGE, "The message '" + message + "' looks like a path. It names the"
          + " migration; use words only, for example " + example + ".");
    }
    String name = shortSlug(message);
    if (name.isEmpty()) {
      throw new BadSetting(Setting.MESSAGE, "The message '" + message + "' has no letters or digits to name"
          + " the migration with; use words, for example " + example + ".");
    }
    return name;
  }
}
