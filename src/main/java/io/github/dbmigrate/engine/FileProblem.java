package io.github.dbmigrate.engine;

import java.nio.file.Path;
import java.util.Map;

/** A file or directory the run must read or write and cannot (missing, permissions, disk). */
public final class FileProblem extends DbMigrateException {

  private final Path file;

  public FileProblem(Path file, String message, Throwable cause) {
    super(message, cause);
    this.file = file;
  }

  public Path file() {
    return file;
  }

  @Override
  public String kind() {
    return "fileProblem";
  }

  @Override
  public Map<String, Object> details() {
    return Map.of("file", Paths.display(file));
  }
}
