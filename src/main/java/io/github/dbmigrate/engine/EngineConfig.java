package io.github.dbmigrate.engine;

import io.github.dbmigrate.engine.event.EngineListener;
import java.util.Objects;

/**
 * One command's configuration against one database, in four parts: the {@link Sources} it reads (which
 * many targets may share, scanned once), the {@link Target} it changes, how it runs
 * ({@link RunOptions}, its policy) and where its output goes ({@link Outputs}). Immutable: runs against
 * several targets at once share nothing mutable.
 *
 * @param sources the migration directories (and, once scanned, their files)
 * @param target the database; {@code null} for goals that need none
 * @param options the policy: transactions, lock, strictness, dry run, guards
 * @param outputs the report files, the listener and the front end's words
 */
public record EngineConfig(Sources sources, Target target, RunOptions options, Outputs outputs) {

  public static final String DEFAULT_TABLE = "dbmigrate_versions";

  public EngineConfig {
    Objects.requireNonNull(sources, "sources");
    Objects.requireNonNull(outputs, "outputs");
    if (options == null) {
      options = RunOptions.defaults();
    }
    if (options.lockTimeout().isNegative()) {
      FrontEnd words = outputs.frontEnd();
      throw new BadSetting(Setting.LOCK_TIMEOUT, words.setting(Setting.LOCK_TIMEOUT) + " must not be negative.");
    }
  }

  /** How messages name settings and goals (a build tool's or a command line's words). */
  public FrontEnd frontEnd() {
    return outputs.frontEnd();
  }

  public EngineConfig withSources(Sources newSources) {
    return new EngineConfig(newSources, target, options, outputs);
  }

  public EngineConfig withTarget(Target newTarget) {
    return new EngineConfig(sources, newTarget, options, outputs);
  }

  public EngineConfig withOptions(RunOptions newOptions) {
    return new EngineConfig(sources, target, newOptions, outputs);
  }

  public EngineConfig withOutputs(Outputs newOutputs) {
    return new EngineConfig(sources, target, options, newOutputs);
  }

  /** This configuration with its events going to {@code listener}. */
  public EngineConfig withListener(EngineListener listener) {
    return withOutputs(outputs.withListener(listener));
  }

  /** This configuration with its messages in the words of {@code words}. */
  public EngineConfig withFrontEnd(FrontEnd words) {
    return withOutputs(outputs.withFrontEnd(words));
  }
}
