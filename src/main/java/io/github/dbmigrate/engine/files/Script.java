package io.github.dbmigrate.engine.files;

import java.nio.file.Path;

/** One script file of a migration, in one direction. */
public record Script(Migration migration, Direction direction, Path file, boolean noDbTxn) {

  public String fileName() {
    return file.getFileName().toString();
  }
}
