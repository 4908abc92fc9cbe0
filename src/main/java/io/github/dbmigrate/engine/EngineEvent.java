package io.github.dbmigrate.engine;

import io.github.dbmigrate.engine.files.Direction;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * Something the engine tells its user, as a typed fact: which target it concerns, what kind of thing
 * happened (for tests and adapters to act on) and the line it shows in the log, already written for
 * people. A few events are facts for reports only and show no line ({@link #logged}).
 */
public sealed interface EngineEvent {

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

  /** The {@link Target#name} of the database this concerns; {@code null} for work without one. */
  String target();

  Kind kind();

  Level level();

  /** The log line. */
  String message();

  /** Whether the event shows in the log; {@code false} for facts kept for reports. */
  default boolean logged() {
    return true;
  }

  /**
   * This event with {@code mask} applied to every text that may carry a secret; abstract, so that each
   * new event decides which of its texts need it.
   */
  EngineEvent masked(UnaryOperator<String> mask);

  /** Another run holds the lock; repeated while the wait goes on. */
  record LockWaiting(String target, String holder, Duration timeout) implements EngineEvent {
    public Kind kind() {
      return Kind.LOCK_WAITING;
    }

    public Level level() {
      return Level.INFO;
    }

    public String message() {
      return "Waiting for the migration lock, held by " + holder + "; giving up after "
          + Durations.format(timeout) + ".";
    }

    public EngineEvent masked(UnaryOperator<String> mask) {
      return new LockWaiting(target, mask.apply(holder), timeout);
    }
  }

  /** The lock is taken; worth saying out loud only after a noticeable wait. */
  record LockAcquired(String target, Duration waited) implements EngineEvent {
    public Kind kind() {
      return Kind.LOCK_ACQUIRED;
    }

    public Level level() {
      return noticeable() ? Level.INFO : Level.DEBUG;
    }

    public String message() {
      return "Took the migration lock" + (noticeable() ? " after waiting " + Durations.format(waited) : "") + ".";
    }

    private boolean noticeable() {
      return waited.toMillis() >= 100;
    }

    /** Names, versions and durations only: nothing a secret could be in. */
    @Override
    public EngineEvent masked(UnaryOperator<String> mask) {
      return this;
    }
  }

  /** The work began, after waiting {@code lockWait} for the lock (zero without one). */
  record WorkStarted(String target, Duration lockWait) implements EngineEvent {
    public Kind kind() {
      return Kind.WORK_STARTED;
    }

    public Level level() {
      return Level.DEBUG;
    }

    public String message() {
      return "Work started after a lock wait of " + Durations.format(lockWait) + ".";
    }

    public boolean logged() {
      return false;
    }

    /** Names, versions and durations only: nothing a secret could be in. */
    @Override
    public EngineEvent masked(UnaryOperator<String> mask) {
      return this;
    }
  }

  /**
   * How many migrations the run will apply ({@code toApply}) and roll back ({@code toRollBack}; redo
   * does both), said once before the first script.
   */
  record RunPlanned(String target, int toApply, int toRollBack) implements EngineEvent {
    public Kind kind() {
      return Kind.PROGRESS;
    }

    public Level level() {
      return Level.INFO;
    }

    public String message() {
      return toRollBack == 0 ? toApply + " migration(s) pending"
          : toApply == 0 ? toRollBack + " migration(s) to roll back"
          : toRollBack + " migration(s) to roll back and re-apply";
    }

    /** Counts only: nothing a secret could be in. */
    @Override
    public EngineEvent masked(UnaryOperator<String> mask) {
      return this;
    }
  }

  /**
   * A script is about to run, the {@code position}-th of the run's {@code total}: one line a script
   * (never one a statement), so that a long migration shows while it runs.
   */
  record MigrationStarting(String target, String file, Direction direction, int position, int total)
      implements EngineEvent {
    public Kind kind() {
      return Kind.MIGRATION_STARTING;
    }

    public Level level() {
      return Level.INFO;
    }

    public String message() {
      return (direction == Direction.UP ? "Migrating " : "Rolling back ") + file + " (" + position + "/" + total + ")";
    }

    /** Names and counts only: nothing a secret could be in. */
    @Override
    public EngineEvent masked(UnaryOperator<String> mask) {
      return this;
    }
  }

  /**
   * A script ran. In {@code txnMode=all} it is {@code uncommitted}: the run's transaction may still
   * roll it back, so the line says it ran, and {@link RunCommitted} confirms it.
   */
  record MigrationRan(String target, String version, String name, String file, Direction direction,
      Duration took, boolean uncommitted) implements EngineEvent {
    public Kind kind() {
      return direction == Direction.UP ? Kind.MIGRATION_APPLIED : Kind.MIGRATION_ROLLED_BACK;
    }

    public Level level() {
      return Level.INFO;
    }

    public String message() {
      if (uncommitted) {
        return "Ran " + file + " in " + Durations.format(took) + " (uncommitted)";
      }
      return (direction == Direction.UP ? "Applied " : "Rolled back ") + file + " in " + Durations.format(took);
    }

    /** Names, versions and durations only: nothing a secret could be in. */
    @Override
    public EngineEvent masked(UnaryOperator<String> mask) {
      return this;
    }
  }

  /** The one transaction of a {@code txnMode=all} run committed: what it ran is now applied. */
  record RunCommitted(String target, int applied, int rolledBack) implements EngineEvent {
    public Kind kind() {
      return Kind.PROGRESS;
    }

    public Level level() {
      return Level.INFO;
    }

    public String message() {
      return rolledBack == 0 ? "Committed " + applied + " migration(s)."
          : applied == 0 ? "Committed the rollback of " + rolledBack + " migration(s)."
          : "Committed the redo of " + rolledBack + " migration(s).";
    }

    /** Counts only: nothing a secret could be in. */
    @Override
    public EngineEvent masked(UnaryOperator<String> mask) {
      return this;
    }
  }

  /** A script whose version row was committed (in a dry run: would be); what reports list. */
  record MigrationRecorded(String target, String version, String name, String file, Direction direction,
      Duration took) implements EngineEvent {
    public Kind kind() {
      return Kind.MIGRATION_RECORDED;
    }

    public Level level() {
      return Level.DEBUG;
    }

    public String message() {
      return "Recorded " + file + ".";
    }

    public boolean logged() {
      return false;
    }

    /** Names, versions and durations only: nothing a secret could be in. */
    @Override
    public EngineEvent masked(UnaryOperator<String> mask) {
      return this;
    }
  }

  /**
   * A pending version older than the newest applied one. When it stops the run ({@code strict}), the
   * failure lists it and the log shows no warning of its own.
   */
  record OutOfOrder(String target, String version, String file, String newest, boolean stopsRun)
      implements EngineEvent {
    public Kind kind() {
      return Kind.OUT_OF_ORDER;
    }

    public Level level() {
      return Level.WARN;
    }

    public String message() {
      return file + " is older than the newest applied version " + newest + "; applying it out of order.";
    }

    public boolean logged() {
      return !stopsRun;
    }

    /** Names, versions and durations only: nothing a secret could be in. */
    @Override
    public EngineEvent masked(UnaryOperator<String> mask) {
      return this;
    }
  }

  /**
   * An applied file edited since it ran. Only {@code up} warns of it ({@code warned}); status, verify
   * and a strict {@code up} list it in their own output. {@code strictOn} is the setting that makes it
   * an error, in the front end's words.
   */
  record DriftFound(String target, String description, boolean warned, String strictOn)
      implements EngineEvent {
    public Kind kind() {
      return Kind.DRIFT;
    }

    public Level level() {
      return Level.WARN;
    }

    public String message() {
      return description + "; up goes on, but the database may differ from what the file now says."
          + " Restore the file and put the change in a new migration (" + strictOn + " makes this"
          + " an error).";
    }

    public boolean logged() {
      return warned;
    }

    @Override
    public EngineEvent masked(UnaryOperator<String> mask) {
      return new DriftFound(target, mask.apply(description), warned, strictOn);
    }
  }

  /** A version recorded ({@code mark}) or removed ({@code unmark}) without running its script. */
  record HistoryEdited(String target, boolean marked, String version, String name, String file,
      boolean dryRun) implements EngineEvent {
    public Kind kind() {
      return Kind.HISTORY_EDIT;
    }

    public Level level() {
      return Level.INFO;
    }

    public String message() {
      if (marked) {
        return (dryRun ? "Would mark " : "Marked ") + file + " as applied without running it.";
      }
      return (dryRun ? "Would unmark " : "Unmarked ") + version + ": its record is removed and the schema"
          + " left as it is, so the next up runs its script again.";
    }

    /** {@code marked} or {@code unmarked}, as reports name the edit. */
    public String action() {
      return marked ? "marked" : "unmarked";
    }

    /** Names, versions and durations only: nothing a secret could be in. */
    @Override
    public EngineEvent masked(UnaryOperator<String> mask) {
      return this;
    }
  }

  /** {@code mark} named a version that is recorded already. */
  record AlreadyRecorded(String target, String version) implements EngineEvent {
    public Kind kind() {
      return Kind.HISTORY_EDIT;
    }

    public Level level() {
      return Level.INFO;
    }

    public String message() {
      return version + " is already recorded as applied; left as it is.";
    }

    /** Names, versions and durations only: nothing a secret could be in. */
    @Override
    public EngineEvent masked(UnaryOperator<String> mask) {
      return this;
    }
  }

  /**
   * Something a check found. One that fails the check is listed in the failure, not logged; a
   * tolerated one says which setting tolerates it.
   */
  record Finding(String target, String text, String toleratedBy, boolean fails) implements EngineEvent {
    public Kind kind() {
      return Kind.FINDING;
    }

    public Level level() {
      return Level.WARN;
    }

    public String message() {
      return text + (toleratedBy == null ? "" : " (tolerated: " + toleratedBy + "=true)") + ".";
    }

    public boolean logged() {
      return !fails;
    }

    public EngineEvent masked(UnaryOperator<String> mask) {
      return new Finding(target, mask.apply(text), toleratedBy, fails);
    }
  }

  /**
   * What a lint rule found at one statement, as one line {@code path:line: rule-id: message}: an error,
   * a warning, or (at info) one an allow comment allows, with its reason. One that the goal's failure
   * lists ({@code up} refusing) is not logged as well.
   */
  record LintFound(String target, io.github.dbmigrate.engine.lint.Finding finding, boolean listedInFailure)
      implements EngineEvent {
    public Kind kind() {
      return Kind.LINT;
    }

    public Level level() {
      if (finding.allowed()) {
        return Level.INFO;
      }
      return finding.level() == io.github.dbmigrate.engine.lint.Level.ERROR ? Level.ERROR : Level.WARN;
    }

    public String message() {
      return finding.text();
    }

    public boolean logged() {
      return !listedInFailure;
    }

    /** File names, rule texts and SQL words: nothing a secret could be in. */
    @Override
    public EngineEvent masked(UnaryOperator<String> mask) {
      return this;
    }
  }

  /** The one-sentence outcome of a command. */
  record Summary(String target, String text) implements EngineEvent {
    public Kind kind() {
      return Kind.SUMMARY;
    }

    public Level level() {
      return Level.INFO;
    }

    public String message() {
      return text;
    }

    public EngineEvent masked(UnaryOperator<String> mask) {
      return new Summary(target, mask.apply(text));
    }
  }

  /** A dry run's outcome: how many scripts would run, and the file its statements went to. */
  record DryRunWritten(String target, int scripts, String file) implements EngineEvent {
    public Kind kind() {
      return Kind.SUMMARY;
    }

    public Level level() {
      return Level.INFO;
    }

    public String message() {
      return "Dry run: " + scripts + " script(s) would run; nothing was changed. Statements: " + file + ".";
    }

    /** Names, versions and durations only: nothing a secret could be in. */
    @Override
    public EngineEvent masked(UnaryOperator<String> mask) {
      return this;
    }
  }

  /**
   * The database server answered {@code wait} after {@code waited}. When it lacks the database,
   * {@code createsIt} is the command (in the front end's words) that creates it; {@code null} otherwise.
   */
  record ServerAnswered(String target, String url, Duration waited, String createsIt)
      implements EngineEvent {
    public Kind kind() {
      return Kind.SUMMARY;
    }

    public Level level() {
      return Level.INFO;
    }

    public String message() {
      if (databaseMissing()) {
        return "The server of " + url + " is up, but the database does not exist yet; " + createsIt
            + " creates it.";
      }
      return "The database at " + url + " accepts connections"
          + (waited.toMillis() < 100 ? "." : " (after " + Durations.format(waited) + ").");
    }

    public EngineEvent masked(UnaryOperator<String> mask) {
      return new ServerAnswered(target, mask.apply(url), waited, createsIt);
    }

    /** Whether the server lacks the database. */
    public boolean databaseMissing() {
      return createsIt != null;
    }
  }

  /** The server does not answer yet; repeated while {@code wait} goes on. */
  record ServerWaiting(String target, String url, String reason, Duration timeout) implements EngineEvent {
    public Kind kind() {
      return Kind.SERVER_WAIT;
    }

    public Level level() {
      return Level.INFO;
    }

    public String message() {
      return "Waiting for the database at " + url + " (" + reason + "); giving up after "
          + Durations.format(timeout) + ".";
    }

    public EngineEvent masked(UnaryOperator<String> mask) {
      return new ServerWaiting(target, mask.apply(url), mask.apply(reason), timeout);
    }
  }

  /**
   * The database a goal connected to, said at its start so that the log shows which one it used: the
   * URL (masked), the server's product and version, the session's user, and the schema and history
   * table the run resolved; {@code user} and {@code schema} are {@code null} where the database has
   * none (SQLite).
   */
  record TargetIdentified(String target, String url, String product, String version, String user,
      String schema, String historyTable) implements EngineEvent {
    public Kind kind() {
      return Kind.TARGET;
    }

    public Level level() {
      return Level.INFO;
    }

    public String message() {
      return "Database " + url + " (" + (product + " " + version).trim() + ")"
          + (user == null || user.isBlank() ? "" : " as " + user)
          + (schema == null ? "" : ", schema " + schema) + ", history table " + historyTable + ".";
    }

    public EngineEvent masked(UnaryOperator<String> mask) {
      return new TargetIdentified(target, mask.apply(url), product, version, mask.apply(user),
          schema, historyTable);
    }
  }

  /**
   * Where the database is after a run changed it: its newest applied version ({@code null} when none
   * is left) and how many versions are applied.
   */
  record NowAt(String target, String newest, int applied) implements EngineEvent {
    public Kind kind() {
      return Kind.NOW_AT;
    }

    public Level level() {
      return Level.INFO;
    }

    public String message() {
      return newest == null ? "Now at no version: none is applied."
          : "Now at " + newest + ", " + applied + (applied == 1 ? " version" : " versions") + " applied.";
    }

    /** Names, versions and durations only: nothing a secret could be in. */
    @Override
    public EngineEvent masked(UnaryOperator<String> mask) {
      return this;
    }
  }

  /** One line of the status table. */
  record StatusLine(String target, String text) implements EngineEvent {
    public Kind kind() {
      return Kind.STATUS_LINE;
    }

    public Level level() {
      return Level.INFO;
    }

    public String message() {
      return text;
    }

    public EngineEvent masked(UnaryOperator<String> mask) {
      return new StatusLine(target, mask.apply(text));
    }
  }

  /** One line of what a dry run would execute. */
  record DryRunLine(String target, String text) implements EngineEvent {
    public Kind kind() {
      return Kind.DRY_RUN;
    }

    public Level level() {
      return Level.INFO;
    }

    public String message() {
      return text;
    }

    public EngineEvent masked(UnaryOperator<String> mask) {
      return new DryRunLine(target, mask.apply(text));
    }
  }

  /** A destructive goal met a protected environment and goes on (overridden, or a dry run). */
  record Guard(String target, String text) implements EngineEvent {
    public Kind kind() {
      return Kind.GUARD;
    }

    public Level level() {
      return Level.WARN;
    }

    public String message() {
      return text;
    }

    public EngineEvent masked(UnaryOperator<String> mask) {
      return new Guard(target, mask.apply(text));
    }
  }

  /** Anything else worth saying, at its level. */
  record Note(String target, Level level, String text) implements EngineEvent {
    public Kind kind() {
      return Kind.NOTE;
    }

    public String message() {
      return text;
    }

    public EngineEvent masked(UnaryOperator<String> mask) {
      return new Note(target, level, mask.apply(text));
    }
  }
}
