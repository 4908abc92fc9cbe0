package io.github.dbmigrate.engine;

/**
 * Something the engine tells its user, with a kind that tests and adapters can act on and a message
 * already written for people.
 */
public record EngineEvent(Kind kind, Level level, String message) {

  /** What happened. */
  public enum Kind {
    LOCK_WAITING,
    LOCK_ACQUIRED,
    MIGRATION_APPLIED,
    MIGRATION_ROLLED_BACK,
    OUT_OF_ORDER,
    SUMMARY,
    STATUS_LINE,
    NOTE,
    /** An applied migration's file changed since it ran. */
    DRIFT,
    /** A line of what a dry run would execute. */
    DRY_RUN,
    /** A version recorded or removed without running its script ({@code mark}, {@code unmark}). */
    HISTORY_EDIT,
    /** Something {@code verify} or {@code validate} found. */
    FINDING,
    /** A destructive goal met a protected environment. */
    GUARD,
    /** Waiting for the database server to accept connections. */
    SERVER_WAIT
  }

  /** How loudly to say it. */
  public enum Level {
    DEBUG,
    INFO,
    WARN
  }

  public static EngineEvent info(Kind kind, String message) {
    return new EngineEvent(kind, Level.INFO, message);
  }

  public static EngineEvent warn(Kind kind, String message) {
    return new EngineEvent(kind, Level.WARN, message);
  }

  public static EngineEvent debug(String message) {
    return new EngineEvent(Kind.NOTE, Level.DEBUG, message);
  }
}
