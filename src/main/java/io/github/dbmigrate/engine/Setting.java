package io.github.dbmigrate.engine;

/**
 * The settings a user can give, named by the engine without saying how a front end spells them: the
 * build plugin may write {@link #TXN_MODE} as a property, a command line as an option.
 */
public enum Setting {
  URL("url"),
  USER("user"),
  PASSWORD("password"),
  /** Where a front end keeps the user and password apart from the build (a build tool's settings file). */
  SERVER_ID("serverId"),
  TABLE("table"),
  SCHEMA("schema"),
  DIR("dir"),
  /** Several migration directories at once. */
  DIRS("dirs"),
  TXN_MODE("txnMode"),
  LOCK_TIMEOUT("lockTimeout"),
  NO_LOCK("noLock"),
  ENVIRONMENT("environment"),
  PROTECTED_ENVIRONMENTS("protectedEnvironments"),
  ALLOW_DESTRUCTIVE("allowDestructive"),
  CREATE_DATABASE("createDatabase"),
  STRICT("strict"),
  ALLOW_PENDING("allowPending"),
  ALLOW_DRIFT("allowDrift"),
  ALLOW_NO_FILE("allowNoFile"),
  STEPS("steps"),
  /** The lower end of a range of versions ({@code history}); {@link #TO} is its upper end. */
  FROM("from"),
  TO("to"),
  VERSION("version"),
  WAIT_TIMEOUT("waitTimeout"),
  DIALECT("dialect"),
  /** Values set on the migrating session for scripts to read ({@code up}, {@code down}, {@code redo}). */
  VARIABLES("variables"),
  /** What a new migration does, in words ({@code create}). */
  MESSAGE("message"),
  /** How the lint of unsafe schema changes counts: {@code error}, {@code warn} or {@code off}. */
  LINT("lint"),
  /** Levels of single lint rules, by rule id. */
  LINT_RULES("lintRules"),
  /** The first version the lint judges; older files only teach it the schema. */
  LINT_FROM("lintFrom");

  private final String key;

  Setting(String key) {
    this.key = key;
  }

  /** The setting's name without any front end's prefix, such as {@code txnMode}. */
  public String key() {
    return key;
  }
}
