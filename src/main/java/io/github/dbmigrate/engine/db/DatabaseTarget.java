package io.github.dbmigrate.engine.db;

import io.github.dbmigrate.engine.BadSetting;
import io.github.dbmigrate.engine.Setting;

/**
 * Where to connect: a JDBC URL and optional credentials. {@link #toString()} never shows the password.
 */
public record DatabaseTarget(String jdbcUrl, String user, String password) {

  public DatabaseTarget {
    if (jdbcUrl == null || jdbcUrl.isBlank()) {
      // the front end says where a URL comes from (an environment variable, say) before it gets here
      throw new BadSetting(Setting.URL, "No database URL: give a JDBC URL such as"
          + " jdbc:postgresql://localhost:5432/app, or the DATABASE_URL environment variable.");
    }
    jdbcUrl = jdbcUrl.trim();
  }

  /**
   * Resolves the URL a user gave: a JDBC URL as is, or the Go tool's {@code postgres://user:pass@host/db}
   * form, whose credentials are used unless explicit ones are given.
   */
  public static DatabaseTarget resolve(String url, String user, String password) {
    if (url == null || url.isBlank()) {
      return new DatabaseTarget(url, user, password);
    }
    String trimmed = url.trim();
    if (trimmed.startsWith("jdbc:")) {
      return new DatabaseTarget(trimmed, user, password);
    }
    return GoToolUrl.resolve(trimmed, user, password);
  }

  /**
   * The JDBC form of a URL as far as choosing a database's rules needs it ({@code jdbc:postgresql:} for
   * {@code postgres://...}), reading no credentials: an offline goal never fails on a password.
   */
  public static String dialectUrl(String url) {
    String trimmed = url.trim();
    return trimmed.startsWith("jdbc:") ? trimmed : "jdbc:" + GoToolUrl.jdbcScheme(trimmed) + ":";
  }

  /**
   * The URL with any password masked, for messages: where its syntax puts one, and wherever else the
   * target's passwords appear in it (a password that is also the user name, say).
   */
  public String safeUrl() {
    return mask(jdbcUrl);
  }

  /** Masks this target's password and URL secrets in any text. */
  public String mask(String text) {
    return redactor().mask(text);
  }

  /** What masks this target's secrets, for output that leaves the engine. */
  public Redactor redactor() {
    return Redactor.of(this);
  }

  /** Every password this target carries: the given one and any written inside the URL. */
  public java.util.List<String> secrets() {
    java.util.List<String> secrets = new java.util.ArrayList<>(Secrets.passwordsIn(jdbcUrl));
    if (password != null) {
      secrets.add(password);
    }
    return secrets;
  }

  @Override
  public String toString() {
    return safeUrl() + (user == null ? "" : " as " + user);
  }
}
