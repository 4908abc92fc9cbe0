package io.github.dbmigrate.engine.files;

import io.github.dbmigrate.engine.FileProblem;
import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.Goal;
import io.github.dbmigrate.engine.MalformedFiles;
import io.github.dbmigrate.engine.Paths;
import io.github.dbmigrate.engine.Setting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Finds the migrations under one or more directories (subfolders included) and checks every file
 * that looks like one, so that a malformed set stops the goal before the database is touched.
 */
public final class MigrationScanner {

  private MigrationScanner() {}

  /**
   * Scans {@code dirs} for a goal that runs scripts, whose failure here says nothing was run;
   * {@code words} names the front end's settings and goals in its errors.
   */
  public static MigrationSet scan(List<Path> dirs, FrontEnd words) {
    return scan(dirs, words, " (nothing was run)");
  }

  /** Scans {@code dirs} for a goal that only reads them ({@code validate}, {@code create}). */
  public static MigrationSet scanToCheck(List<Path> dirs, FrontEnd words) {
    return scan(dirs, words, "");
  }

  private static MigrationSet scan(List<Path> dirs, FrontEnd words, String outcome) {
    List<String> problems = new ArrayList<>();
    Set<String> advice = new LinkedHashSet<>(); // what to do, once per kind of problem
    String naming = "Name migrations <yyyyMMddHHmmss>_<name>.up.sql and .down.sql, as '"
        + words.command(Goal.CREATE, Setting.MESSAGE, "...") + "' writes them.";
    Map<String, Path> ups = new TreeMap<>();
    Map<String, Path> downs = new TreeMap<>();
    Map<String, MigrationFileName> upNames = new TreeMap<>();
    Map<String, MigrationFileName> downNames = new TreeMap<>();
    List<Path> realDirs = realPaths(dirs);
    for (Path dir : dirs) {
      for (Map.Entry<Path, BasicFileAttributes> entry : sqlFilesUnder(dir, words).entrySet()) {
        Path file = entry.getKey();
        String fileName = file.getFileName().toString();
        // the walk's attributes describe a link itself; only links cost a second look
        boolean regular = entry.getValue().isRegularFile()
            || entry.getValue().isSymbolicLink() && Files.isRegularFile(file);
        if (!regular || !Files.isReadable(file)) {
          problems.add(Paths.located(file) + ": " + (Files.isDirectory(file) ? "a directory, not a file"
              : Files.exists(file) ? "cannot be read (check its permissions)"
              : "a link to a file that does not exist"));
          continue;
        }
        String escape = entry.getValue().isSymbolicLink() ? escapingTarget(file, realDirs) : null;
        if (escape != null) {
          problems.add(Paths.located(file) + ": a link to " + escape + ", outside the migrations directories; copy"
              + " the script into them or link a file inside them");
          continue;
        }
        String[] why = new String[1];
        MigrationFileName parsed = MigrationFileName.parse(fileName, why);
        if (parsed == null) {
          problems.add(Paths.located(file) + ": " + why[0]);
          advice.add(naming);
          continue;
        }
        boolean up = parsed.direction() == Direction.UP;
        Map<String, Path> files = up ? ups : downs;
        Path earlier = files.putIfAbsent(parsed.version(), file);
        if (earlier != null) {
          problems.add(Paths.located(file) + ": version " + parsed.version() + " is already used by "
              + Paths.located(earlier));
          advice.add("Give one of each pair a version of its own ('" + words.command(Goal.CREATE,
              Setting.MESSAGE, "...") + "' makes a new one and an empty pair to move the SQL into), or remove"
              + " the copy.");
          continue;
        }
        (up ? upNames : downNames).put(parsed.version(), parsed);
      }
    }
    List<Migration> migrations = new ArrayList<>();
    for (Map.Entry<String, Path> down : downs.entrySet()) {
      MigrationFileName downName = downNames.get(down.getKey());
      MigrationFileName upName = upNames.get(down.getKey());
      if (upName == null) {
        problems.add(Paths.located(down.getValue()) + ": a down script with no up script for version "
            + down.getKey());
        advice.add(naming);
      } else if (!upName.name().equals(downName.name())) {
        problems.add(Paths.located(down.getValue()) + ": its name '" + downName.name()
            + "' differs from the up script's '" + upName.name() + "'");
        advice.add(naming);
      }
    }
    if (!problems.isEmpty()) {
      throw new MalformedFiles(problems, "Malformed migration files" + outcome + ":\n  - "
          + String.join("\n  - ", problems)
          + (advice.isEmpty() ? "" : "\n" + String.join("\n", advice)));
    }
    for (Map.Entry<String, MigrationFileName> up : upNames.entrySet()) {
      MigrationFileName upName = up.getValue();
      MigrationFileName downName = downNames.get(up.getKey());
      migrations.add(new Migration(upName.version(), upName.name(), ups.get(up.getKey()),
          upName.noDbTxn(), downs.get(up.getKey()), downName != null && downName.noDbTxn()));
    }
    return new MigrationSet(migrations);
  }

  /** The directories that exist, with every link resolved, to compare link targets against. */
  private static List<Path> realPaths(List<Path> dirs) {
    List<Path> real = new ArrayList<>();
    for (Path dir : dirs) {
      try {
        if (Files.isDirectory(dir)) {
          real.add(dir.toRealPath());
        }
      } catch (IOException e) {
        throw new FileProblem(dir, "Cannot resolve the migrations directory " + dir + ": " + e, e);
      }
    }
    return real;
  }

  /** Where {@code link} leads when that is outside every one of {@code realDirs}, else null. */
  private static String escapingTarget(Path link, List<Path> realDirs) {
    Path target;
    try {
      target = link.toRealPath();
    } catch (IOException e) {
      return null; // the readability check above has already reported a link that leads nowhere
    }
    for (Path dir : realDirs) {
      if (target.startsWith(dir)) {
        return null;
      }
    }
    return target.toString();
  }

  /** The .sql files under {@code dir} in path order, with the attributes the walk read anyway. */
  private static SortedMap<Path, BasicFileAttributes> sqlFilesUnder(Path dir, FrontEnd words) {
    if (!Files.exists(dir)) {
      throw new FileProblem(dir, "The migrations directory " + dir + " does not exist. Create"
          + " your first migration with '" + words.command(Goal.CREATE, Setting.MESSAGE, "\"...\"")
          + "' or set " + words.setting(Setting.DIR) + ".", null);
    }
    if (!Files.isDirectory(dir)) {
      throw new FileProblem(dir, "The migrations directory " + dir
          + " is a file, not a directory. Point " + words.setting(Setting.DIR)
          + " at the folder holding the .sql files.", null);
    }
    SortedMap<Path, BasicFileAttributes> files = new TreeMap<>();
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
          return visitFile(folder, attributes); // a folder named like a script is reported, and walked
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          if (!file.equals(dir) && MigrationFileName.looksLikeMigration(file.getFileName().toString())) {
            files.put(file, attributes);
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException | UncheckedIOException e) {
      throw new FileProblem(dir, "Cannot list the migrations directory " + dir + ": " + e.getMessage(), e);
    }
    return files;
  }
}
