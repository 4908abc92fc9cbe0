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
    NOTE
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
