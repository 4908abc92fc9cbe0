package io.github.dbmigrate.engine;

import io.github.dbmigrate.engine.lint.LintSettings;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a command runs, whichever database it goes to (its policy): transactions, the lock, strictness,
 * dry run and the guards of destructive goals. Each goal sets only its own switches.
 *
 * @param txnMode how migrations are grouped into transactions; empty when not given, for the
 *     database's default (see {@code run.TxnModeChoice})
 * @param lockTimeout how long to wait for another run's lock before giving up
 * @param noLock whether to run without the database lock (for databases that have none)
 * @param strict whether drift and out-of-order versions stop {@code up} before anything runs
 * @param dryRun whether {@code up}, {@code down} and {@code redo} only write what they would run
 * @param protectedEnvironments environments (lower case) against which destructive goals refuse to run
 * @param allowDestructive whether destructive goals may run against a protected environment anyway
 * @param createDatabase whether {@code up} creates a missing database first, where the server allows
 * @param lint how the lint of unsafe schema changes runs ({@code lint}, {@code validate}, {@code up},
 *     {@code redo})
 */
public record RunOptions(
    Optional<TxnMode> txnMode,
    Duration lockTimeout,
    boolean noLock,
    boolean strict,
    boolean dryRun,
    Set<String> protectedEnvironments,
    boolean allowDestructive,
    boolean createDatabase,
    LintSettings lint) {

  public static final String DEFAULT_PROTECTED = "production";
  public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(5);

  public RunOptions {
    Objects.requireNonNull(txnMode, "txnMode");
    Objects.requireNonNull(lockTimeout, "lockTimeout"); // its sign is checked where the front end's words are known
    TreeSet<String> normalized = new TreeSet<>();
    for (String name : protectedEnvironments) {
      if (name != null && !name.isBlank()) {
        normalized.add(name.trim().toLowerCase(Locale.ROOT));
      }
    }
    protectedEnvironments = Set.copyOf(normalized);
    Objects.requireNonNull(lint, "lint");
  }

  /**
   * The database's transaction mode, a five-minute lock wait, nothing strict, {@code production}
   * protected.
   */
  public static RunOptions defaults() {
    return new RunOptions(Optional.empty(), DEFAULT_LOCK_TIMEOUT, false, false, false, Set.of(DEFAULT_PROTECTED),
        false, false, LintSettings.defaults());
  }

  /** These options with {@code mode} as given; null leaves the choice to the database's default. */
  public RunOptions withTxnMode(TxnMode mode) {
    return new RunOptions(Optional.ofNullable(mode), lockTimeout, noLock, strict, dryRun, protectedEnvironments, allowDestructive,
        createDatabase, lint);
  }

  /** The lock's timeout, and whether to run without the lock at all. */
  public RunOptions withLock(Duration timeout, boolean without) {
    return new RunOptions(txnMode, timeout, without, strict, dryRun, protectedEnvironments, allowDestructive,
        createDatabase, lint);
  }

  public RunOptions withStrict(boolean on) {
    return new RunOptions(txnMode, lockTimeout, noLock, on, dryRun, protectedEnvironments, allowDestructive,
        createDatabase, lint);
  }

  public RunOptions withDryRun(boolean on) {
    return new RunOptions(txnMode, lockTimeout, noLock, strict, on, protectedEnvironments, allowDestructive,
        createDatabase, lint);
  }

  public RunOptions withGuard(Set<String> protectedNames, boolean allow) {
    return new RunOptions(txnMode, lockTimeout, noLock, strict, dryRun, protectedNames, allow, createDatabase, lint);
  }

  public RunOptions withCreateDatabase(boolean on) {
    return new RunOptions(txnMode, lockTimeout, noLock, strict, dryRun, protectedEnvironments, allowDestructive,
        on, lint);
  }

  public RunOptions withLint(LintSettings settings) {
    return new RunOptions(txnMode, lockTimeout, noLock, strict, dryRun, protectedEnvironments, allowDestructive,
        createDatabase, settings);
  }

  /** Whether an environment name is protected (names compare without case). */
  public boolean isProtected(String name) {
    return name != null && protectedEnvironments.contains(name.trim().toLowerCase(Locale.ROOT));
  }
}
