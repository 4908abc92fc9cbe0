package io.github.dbmigrate.engine;

import java.nio.file.Path;

/** Shows paths the way a user typed them: relative to the working directory when under it. */
public final class Paths {

  private Paths() {}

  public static String display(Path file) {
    Path cwd = Path.of("").toAbsolutePath();
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
  }
}
