package io.github.dbmigrate.engine.files;

/** Which of a migration's two scripts runs. */
public enum Direction {
  UP,
  DOWN;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
