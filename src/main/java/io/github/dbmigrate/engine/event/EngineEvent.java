package io.github.dbmigrate.engine.event;

import java.util.function.UnaryOperator;

/**
 * Something the engine tells its user, as a typed fact: which target it concerns, what kind of thing
 * happened (for tests and adapters to act on) and the line it shows in the log, already written for
 * people. A few events are facts for reports only and show no line ({@link #logged}). One record a
 * file in this package; {@link SecretFree} and {@link TextEvent} carry what many of them share.
 */
public sealed interface EngineEvent permits SecretFree, TextEvent, LockWaiting, DriftFound, Finding,
    ServerAnswered, ServerWaiting, TargetIdentified {

  /** What happened. */
  enum Kind {
    LOCK_WAITING,
    LOCK_ACQUIRED,
    /** The command's work began under the lock (or without one); no log line. */
    WORK_STARTED,
    /** How many migrations a run will apply or roll back, and the commit of {@code txnMode=all}. */
    PROGRESS,
    /** A script is about to run: what a long migration is busy with. */
    MIGRATION_STARTING,
    MIGRATION_APPLIED,
    MIGRATION_ROLLED_BACK,
    /** A migration's script ran and its version row was committed; no log line. */
    MIGRATION_RECORDED,
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
    /** An unsafe schema change the lint found (or one an allow comment allows). */
    LINT,
    /** A destructive goal met a protected environment. */
    GUARD,
    /** Waiting for the database server to accept connections. */
    SERVER_WAIT,
    /** Which database a goal connected to, at its start. */
    TARGET,
    /** Where the database is after {@code up} or {@code down} changed it. */
    NOW_AT
  }

  /** How loudly to say it. */
  enum Level {
    DEBUG,
    INFO,
    WARN,
    /** What fails the goal and is not listed in its failure (a lint error of {@code lint}, {@code validate}). */
    ERROR
  }

  /**
   * The {@link io.github.dbmigrate.engine.Target#name} of the database this concerns; {@code null} for
   * work without one.
   */
  String target();

  Kind kind();

  /** How loudly: {@code INFO} unless the event says otherwise. */
  default Level level() {
    return Level.INFO;
  }

  /** The log line. */
  String message();

  /** Whether the event shows in the log; {@code false} for facts kept for reports. */
  default boolean logged() {
    return true;
  }

  /**
   * This event with {@code mask} applied to every text that may carry a secret; abstract, so that each
   * new event decides which of its texts need it (or says it has none by being {@link SecretFree}).
   */
  EngineEvent masked(UnaryOperator<String> mask);
}
