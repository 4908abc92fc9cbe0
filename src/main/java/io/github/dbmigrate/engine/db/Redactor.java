package io.github.dbmigrate.engine.db;

import java.util.ArrayList;
import java.util.List;

/**
 * Masks one target's secrets in text that leaves the engine: passwords in any URL, and every verbatim
 * occurrence of the target's own passwords. Immutable, so runs on other threads can share it.
 */
public final class Redactor {

  /** For text that belongs to no target: masks only what URLs show. */
  public static final Redactor URLS_ONLY = new Redactor(List.of());

  private final String[] secrets;

  private Redactor(List<String> secrets) {
    this.secrets = secrets.toArray(String[]::new);
  }

  /** Masks {@code target}'s given password and any written inside its URL. */
  public static Redactor of(DatabaseTarget target) {
    return target == null ? URLS_ONLY : new Redactor(target.secrets());
  }

  /** Masks {@code target}'s secrets and {@code more} (a run's secret variables, say). */
  public static Redactor of(DatabaseTarget target, List<String> more) {
    ArrayList<String> secrets = new ArrayList<>(target.secrets());
    secrets.addAll(more);
    return new Redactor(secrets);
  }

  /** The text with every secret replaced by {@link Secrets#MASK}; {@code null} stays {@code null}. */
  public String mask(String text) {
    return Secrets.mask(text, secrets);
  }
}
