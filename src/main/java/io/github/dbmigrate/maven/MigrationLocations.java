package io.github.dbmigrate.maven;

import io.github.dbmigrate.engine.BadSetting;
import io.github.dbmigrate.engine.Paths;
import io.github.dbmigrate.engine.Setting;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The migration locations a goal is given, as the folders the engine reads: a directory (plain or
 * {@code filesystem:<dir>}, relative to the project's base directory), or {@code classpath:<path>},
 * found on the project's runtime classpath (its own resources, then its dependencies' jars and
 * folders). The jars opened for that stay open until {@link #close}, at the end of the goal.
 */
final class MigrationLocations implements AutoCloseable {

  static final String CLASSPATH = "classpath:";
  static final String FILESYSTEM = "filesystem:";
  static final String BASEDIR = "${project.basedir}";
  static final String DEFAULT_DIR = "src/main/resources/db/migrations";

  /** One location as given: {@code path} without its prefix. */
  record Location(String given, boolean onClasspath, String path) {

    static Location parse(String given) {
      String text = given.trim();
      if (text.startsWith(CLASSPATH)) {
        String path = text.substring(CLASSPATH.length()).trim().replaceAll("^/+|/+$", "");
        if (path.isEmpty()) {
          throw new BadSetting(Setting.DIR, "'" + text + "' names no folder: write classpath:<folder inside"
              + " the jar>, for example classpath:db/migrations.");
        }
        return new Location(text, true, path);
      }
      String path = text.startsWith(FILESYSTEM) ? text.substring(FILESYSTEM.length()).trim() : text;
      return new Location(text, false, path);
    }
  }

  /**
   * Where {@code classpath:} looks, in order: the project's resource directories (read from the
   * sources, so {@code validate} and {@code status} need no prior build of the module that owns the
   * files), its build output directory when no resource directory holds the folder, and its runtime
   * dependencies, resolved only when a {@code classpath:} location is given.
   */
  record Classpath(List<Path> resources, Path output, Supplier<List<Path>> dependencies) {

    static final Classpath NONE = new Classpath(List.of(), null, List::of);
  }

  private final List<Path> folders;
  private final List<FileSystem> jars;

  private MigrationLocations(List<Path> folders, List<FileSystem> jars) {
    this.folders = List.copyOf(folders);
    this.jars = List.copyOf(jars);
  }

  /**
   * The locations given: {@code dirs} when it has any (each entry may hold several, separated by
   * commas, as {@code -Ddbmigrate.dirs=a,b} does), else {@code dir}.
   */
  static List<Location> parse(String dir, List<String> dirs) {
    List<Location> result = new ArrayList<>();
    if (dirs != null) {
      for (String entry : dirs) {
        for (String one : entry == null ? new String[0] : entry.split(",")) {
          if (!one.isBlank()) {
            result.add(Location.parse(one));
          }
        }
      }
    }
    if (result.isEmpty() && dir != null && !dir.isBlank()) {
      result.add(Location.parse(dir));
    }
    if (result.isEmpty()) {
      throw new BadSetting(Setting.DIR, "No migrations directory is configured (dbmigrate.dir or <dirs>).");
    }
    return result;
  }

  /**
   * Why there is nothing to read, when the only location is the default directory and it does not
   * exist (a parent POM, a module without migrations); else {@code null}. A location the user
   * configured and that does not exist stays an error.
   */
  static String defaultMissing(String dir, List<String> dirs, Path baseDir) {
    boolean noDirs = dirs == null || dirs.stream().allMatch(entry -> entry == null || entry.isBlank());
    if (!noDirs || dir == null || Location.parse(dir).onClasspath()) {
      return null;
    }
    Path defaultDir = baseDir.resolve(DEFAULT_DIR);
    Path given = directory(baseDir, Location.parse(dir));
    if (!given.normalize().equals(defaultDir.normalize()) || Files.exists(given)) {
      return null;
    }
    return "no migrations here (the default directory " + Paths.display(defaultDir) + " does not exist;"
        + " set dbmigrate.dir or <dirs> to read others).";
  }

  /** Finds every location; a {@code classpath:} one found nowhere is an error saying where it looked. */
  static MigrationLocations open(List<Location> locations, Path baseDir, Classpath classpath) {
    List<Path> folders = new ArrayList<>();
    List<FileSystem> jars = new ArrayList<>();
    try {
      List<Path> dependencies = null;
      for (Location location : locations) {
        if (!location.onClasspath()) {
          folders.add(directory(baseDir, location));
          continue;
        }
        if (dependencies == null) {
          dependencies = classpath.dependencies().get();
        }
        int before = folders.size();
        List<Path> own = new ArrayList<>();
        for (Path resources : classpath.resources()) {
          addIfFolder(resources.resolve(location.path()), own);
        }
        if (own.isEmpty() && classpath.output() != null) {
          addIfFolder(classpath.output().resolve(location.path()), own);
        }
        folders.addAll(own);
        for (Path dependency : dependencies) {
          if (Files.isDirectory(dependency)) {
            addIfFolder(dependency.resolve(location.path()), folders);
          } else if (Files.isRegularFile(dependency)) {
            findInJar(dependency, location.path(), folders, jars);
          }
        }
        if (folders.size() == before) {
          throw new BadSetting(Setting.DIR, location.given() + " is found nowhere on the runtime classpath (the"
              + " project's resources " + classpath.resources().stream().map(Paths::display).toList()
              + ", its build output and " + dependencies.size() + " dependencies). Add the dependency on"
              + " the module whose jar holds " + location.path() + "/, or check the folder's name.");
        }
      }
      return new MigrationLocations(folders, jars);
    } catch (RuntimeException e) {
      closeAll(jars);
      throw e;
    }
  }

  /** What a goal opened to read migrations from, closed when it ends. */
  static final class Closer implements AutoCloseable {

    private final List<MigrationLocations> opened = new ArrayList<>();

    synchronized MigrationLocations keep(MigrationLocations locations) {
      opened.add(locations);
      return locations;
    }

    @Override
    public synchronized void close() {
      opened.forEach(MigrationLocations::close);
      opened.clear();
    }
  }

  /** The folders to read migrations from, in the order given. */
  List<Path> folders() {
    return folders;
  }

  @Override
  public void close() {
    closeAll(jars);
  }

  /**
   * Refuses a {@code classpath:} location to write into, saying where the files of such a location
   * live: in the sources of the module that builds the jar.
   */
  static void refuseWritingTo(Location first, String goal) {
    if (first.onClasspath()) {
      throw new BadSetting(Setting.DIR, "dbmigrate:" + goal + " cannot write into " + first.given()
          + ": it is read from built classes and jars. Write the migration into src/main/resources/"
          + first.path() + " of the module that owns it: run " + goal + " in that module, or give"
          + " -Ddbmigrate.dir=<that module>/src/main/resources/" + first.path() + ".");
    }
  }

  /** A directory location against the project; outside any project Maven leaves ${project.basedir} as it is. */
  private static Path directory(Path baseDir, Location location) {
    try {
      return baseDir.resolve(location.path().replace(BASEDIR, baseDir.toString()));
    } catch (InvalidPathException e) {
      throw new BadSetting(Setting.DIR, "'" + location.given() + "' is not a directory path here (" + e.getReason()
          + "): give a directory, or classpath:<folder> for one on the classpath.", e);
    }
  }

  private static void addIfFolder(Path folder, List<Path> into) {
    if (Files.isDirectory(folder)) {
      into.add(folder);
    }
  }

  private static void findInJar(Path jar, String path, List<Path> folders, List<FileSystem> jars) {
    FileSystem opened;
    try {
      opened = FileSystems.newFileSystem(jar);
    } catch (IOException | RuntimeException e) {
      return; // not an archive (a .pom, say): it cannot hold migrations
    }
    Path folder = opened.getPath("/" + path);
    if (Files.isDirectory(folder)) {
      folders.add(folder);
      jars.add(opened);
    } else {
      closeAll(List.of(opened));
    }
  }

  private static void closeAll(List<FileSystem> systems) {
    for (FileSystem system : systems) {
      try {
        system.close();
      } catch (IOException e) {
        // only reading was done: nothing is lost when closing fails
      }
    }
  }
}
