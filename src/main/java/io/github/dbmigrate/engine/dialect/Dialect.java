package io.github.dbmigrate.engine.dialect;

import io.github.dbmigrate.engine.lock.LockStrategy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One database as the engine knows it: its identity (id, the names users may give it, the JDBC URLs
 * it serves) and its capabilities, each a small part of its own: script syntax, statement execution,
 * session setup, history-table SQL, error classification, and optionally a migration lock and a way
 * to create a missing database. Later capabilities (lint, and next snapshots and backups) live in
 * packages of their own and join as {@linkplain #capability typed parts}, so the descriptor does not
 * grow a method per feature. Every database has one descriptor, registered in {@link Dialects}.
 */
public final class Dialect {

  private final String id;
  private final String name;
  private final List<String> urlPrefixes;
  private final List<DialectName> names;
  private final ScriptSyntax syntax;
  private final StatementExecution execution;
  private final SessionSetup session;
  private final HistorySql history;
  private final ErrorClassifier errors;
  private final LockStrategy lock;
  private final String whyNoLock;
  private final Provisioning provisioning;
  private final Map<Class<?>, Object> capabilities;

  private Dialect(Builder b) {
    this.id = Objects.requireNonNull(b.id, "id");
    this.name = Objects.requireNonNull(b.name, "name");
    this.urlPrefixes = List.copyOf(b.urlPrefixes);
    List<DialectName> all = new ArrayList<>();
    all.add(new DialectName(id, b.shown, true));
    b.aliases.forEach(alias -> all.add(alias.shown() != null ? alias
        : new DialectName(alias.name(), b.shown, false)));
    this.names = List.copyOf(all);
    this.syntax = Objects.requireNonNull(b.syntax, "syntax");
    this.execution = Objects.requireNonNull(b.execution, "execution");
    this.session = Objects.requireNonNull(b.session, "session");
    this.history = Objects.requireNonNull(b.history, "history");
    this.errors = Objects.requireNonNull(b.errors, "errors");
    if ((b.lock == null) == (b.whyNoLock == null)) {
      throw new IllegalStateException(id + ": either a lock or the reason there is none");
    }
    this.lock = b.lock;
    this.whyNoLock = b.whyNoLock;
    this.provisioning = b.provisioning;
    this.capabilities = Map.copyOf(b.capabilities);
  }

  /** Starts a descriptor: {@code id} is the name users give the database, {@code name} its name in messages. */
  static Builder builder(String id, String name) {
    return new Builder(id, name);
  }

  /** The database's id, as the {@code dialect} setting takes it: {@code postgresql}, {@code mysql}, ... */
  public String id() {
    return id;
  }

  /** The database's name as users know it, for messages. */
  public String name() {
    return name;
  }

  /** The JDBC URL prefixes this database is reached by, such as {@code jdbc:postgresql:}. */
  public List<String> urlPrefixes() {
    return urlPrefixes;
  }

  /** Whether this database is reached by a JDBC URL. */
  public boolean supports(String jdbcUrl) {
    return urlPrefixes.stream().anyMatch(jdbcUrl::startsWith);
  }

  /** The names users may give this database, its id first. */
  public List<DialectName> names() {
    return names;
  }

  /** How scripts are split and written back. */
  public ScriptSyntax syntax() {
    return syntax;
  }

  /** How statements run, and what a transaction covers. */
  public StatementExecution execution() {
    return execution;
  }

  /** What a new connection needs. */
  public SessionSetup session() {
    return session;
  }

  /** The history table in this database's SQL. */
  public HistorySql history() {
    return history;
  }

  /** What this database's failures mean, by its own codes. */
  public ErrorClassifier errors() {
    return errors;
  }

  /** How this database takes the migration lock; empty where it has none ({@link #whyNoLock}). */
  public Optional<LockStrategy> lock() {
    return Optional.ofNullable(lock);
  }

  /**
   * Why this database has no migration lock, or empty when it has one. Where present, {@code up} and
   * {@code down} refuse to run unless the user opts out of locking (the {@code noLock} setting).
   */
  public Optional<String> whyNoLock() {
    return Optional.ofNullable(whyNoLock);
  }

  /** How a missing database is created; empty where the plugin cannot create one. */
  public Optional<Provisioning> provisioning() {
    return Optional.ofNullable(provisioning);
  }

  /**
   * This database's part for a capability that lives in a package of its own, such as {@code
   * lint.DatabaseLint}; empty where the database does not have it.
   */
  public <T> Optional<T> capability(Class<T> type) {
    return Optional.ofNullable(type.cast(capabilities.get(type)));
  }

  /**
   * This database with another error classifier: for running its SQL on a stand-in (H2's
   * compatibility modes in tests), whose failures carry the stand-in's codes.
   */
  public Dialect with(ErrorClassifier otherErrors) {
    Builder b = toBuilder();
    b.errors = otherErrors;
    return b.build();
  }

  private Builder toBuilder() {
    Builder b = new Builder(id, name);
    b.urlPrefixes.addAll(urlPrefixes);
    b.shown = names.get(0).shown();
    b.aliases.addAll(names.subList(1, names.size()));
    b.syntax = syntax;
    b.execution = execution;
    b.session = session;
    b.history = history;
    b.errors = errors;
    b.lock = lock;
    b.whyNoLock = whyNoLock;
    b.provisioning = provisioning;
    b.capabilities.putAll(capabilities);
    return b;
  }

  @Override
  public String toString() {
    return name;
  }

  /** Assembles a descriptor; every part but the lock and provisioning is required. */
  static final class Builder {
    private final String id;
    private final String name;
    private final List<String> urlPrefixes = new ArrayList<>();
    private final List<DialectName> aliases = new ArrayList<>();
    private String shown;
    private ScriptSyntax syntax;
    private StatementExecution execution;
    private SessionSetup session;
    private HistorySql history;
    private ErrorClassifier errors;
    private LockStrategy lock;
    private String whyNoLock;
    private Provisioning provisioning;
    private final Map<Class<?>, Object> capabilities = new LinkedHashMap<>();

    private Builder(String id, String name) {
      this.id = id;
      this.name = name;
      this.shown = name;
    }

    /** How messages show the database when it is chosen by its id; its name unless said. */
    Builder shownAs(String idShown) {
      this.shown = idShown;
      return this;
    }

    /** Another listed name, such as {@code mariadb}, shown as {@code aliasShown}. */
    Builder alsoNamed(String alias, String aliasShown) {
      aliases.add(new DialectName(alias, aliasShown, true));
      return this;
    }

    /** Abbreviations accepted for the id but not listed, such as {@code pg}; shown as the id is. */
    Builder abbreviated(String... abbreviations) {
      for (String abbreviation : abbreviations) {
        aliases.add(new DialectName(abbreviation, null, false));
      }
      return this;
    }

    Builder urls(String... prefixes) {
      urlPrefixes.addAll(List.of(prefixes));
      return this;
    }

    Builder syntax(ScriptSyntax part) {
      this.syntax = part;
      return this;
    }

    Builder execution(StatementExecution part) {
      this.execution = part;
      return this;
    }

    Builder session(SessionSetup part) {
      this.session = part;
      return this;
    }

    Builder history(HistorySql part) {
      this.history = part;
      return this;
    }

    Builder errors(ErrorClassifier part) {
      this.errors = part;
      return this;
    }

    Builder lock(LockStrategy part) {
      this.lock = part;
      return this;
    }

    Builder noLock(String why) {
      this.whyNoLock = why;
      return this;
    }

    Builder provisioning(Provisioning part) {
      this.provisioning = part;
      return this;
    }

    /** The database's part for a capability of its own package, found by {@link Dialect#capability}. */
    <T> Builder capability(Class<T> type, T part) {
      capabilities.put(type, Objects.requireNonNull(part, "part"));
      return this;
    }

    Dialect build() {
      return new Dialect(this);
    }
  }
}
