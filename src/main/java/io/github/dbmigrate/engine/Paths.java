package io.github.dbmigrate.engine;

import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Path;

/**
 * Shows paths the way a user typed them: relative to the working directory when under it. A path
 * inside a jar (migrations read from the classpath) is shown as {@code <jar>!/<path inside>}, so that
 * a message names the jar and not only a path that exists nowhere on disk.
 */
public final class Paths {

  private Paths() {}

  public static String display(Path file) {
    if (inArchive(file)) {
      return archived(file);
    }
    Path cwd = Path.of("").toAbsolutePath();
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
  }

  /** The path as given, or for a path inside a jar, the jar's path and the path inside it. */
  public static String located(Path file) {
    return inArchive(file) ? archived(file) : file.toString();
  }

  /** Whether {@code file} lies in a file system other than the disk's (an opened jar). */
  public static boolean inArchive(Path file) {
    return file.getFileSystem() != FileSystems.getDefault();
  }

  private static String archived(Path file) {
    URI uri = file.toUri(); // jar:file:///home/app/db-1.0.jar!/db/migrations/x.up.sql
    String inner = uri.getRawSchemeSpecificPart();
    int bang = inner.indexOf("!/");
    try {
      Path archive = Path.of(URI.create(inner.substring(0, bang)));
      return display(archive) + "!" + file.toAbsolutePath();
    } catch (RuntimeException e) {
      return uri.toString(); // an archive not on the disk: its URI still says where
    }
  }
}
