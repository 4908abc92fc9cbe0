package io.github.dbmigrate.engine;

/**
 * A failure the user can act on. Its message is complete on its own (what happened, where, what to do
 * next), so the build prints it without a stack trace.
 */
public class DbMigrateException extends RuntimeException {

  public DbMigrateException(String message) {
    super(message);
  }

  public DbMigrateException(String message, Throwable cause) {
    super(message, cause);
  }
}
