package io.github.dbmigrate.engine;

/** The run's thread was interrupted (the build was cancelled) while it waited. */
public final class Interrupted extends DbMigrateException {

  public Interrupted(String message, InterruptedException cause) {
    super(message, cause);
  }

  @Override
  public String kind() {
    return "interrupted";
  }
}
