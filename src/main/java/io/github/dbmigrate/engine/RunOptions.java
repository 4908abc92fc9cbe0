package io.github.dbmigrate.engine;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The release-pipeline switches of a run, kept apart from the connection settings so that each goal
 * sets only its own.
 *
 * @param environment the environment this run deploys to (such as {@code staging}), recorded with each
 *     version it writes; {@code null} when not given
 * @param strict whether drift and out-of-order versions stop {@code up} before anything runs
 * @param dryRun whether {@code up}, {@code down} and {@code redo} only write what they would run
 * @param protectedEnvironments environments (lower case) against which destructive goals refuse to run
 * @param allowDestructive whether destructive goals may run against a protected environment anyway
 * @param createDatabase whether {@code up} creates a missing database first, where the server allows
 * @param stepSummary a file to append the Markdown report to (GitHub's {@code GITHUB_STEP_SUMMARY});
 *     {@code null} for none
 */
public record RunOptions(
    String environment,
    boolean strict,
    boolean dryRun,
    Set<String> protectedEnvironments,
    boolean allowDestructive,
    boolean createDatabase,
    Path stepSummary) {

  public static final String DEFAULT_PROTECTED = "production";

  public RunOptions {
    environment = environment == null || environment.isBlank() ? null : environment.trim();
    TreeSet<String> normalized = new TreeSet<>();
    for (String name : protectedEnvironments) {
      if (name != null && !name.isBlank()) {
        normalized.add(name.trim().toLowerCase(Locale.ROOT));
      }
    }
    protectedEnvironments = Set.copyOf(normalized);
  }

  /** No environment, nothing strict, {@code production} protected. */
  public static RunOptions defaults() {
    return new RunOptions(null, false, false, Set.of(DEFAULT_PROTECTED), false, false, null);
  }

  public RunOptions withEnvironment(String name) {
    return new RunOptions(name, strict, dryRun, protectedEnvironments, allowDestructive, createDatabase,
        stepSummary);
  }

  public RunOptions withStrict(boolean on) {
    return new RunOptions(environment, on, dryRun, protectedEnvironments, allowDestructive, createDatabase,
        stepSummary);
  }

  public RunOptions withDryRun(boolean on) {
    return new RunOptions(environment, strict, on, protectedEnvironments, allowDestructive, createDatabase,
        stepSummary);
  }

  public RunOptions withGuard(Set<String> protectedNames, boolean allow) {
    return new RunOptions(environment, strict, dryRun, protectedNames, allow, createDatabase, stepSummary);
  }

  public RunOptions withCreateDatabase(boolean on) {
    return new RunOptions(environment, strict, dryRun, protectedEnvironments, allowDestructive, on,
        stepSummary);
  }

  public RunOptions withStepSummary(Path file) {
    return new RunOptions(environment, strict, dryRun, protectedEnvironments, allowDestructive,
        createDatabase, file);
  }

  /** Whether an environment name is protected (names compare without case). */
  public boolean isProtected(String name) {
    return name != null && protectedEnvironments.contains(name.trim().toLowerCase(Locale.ROOT));
  }
}
