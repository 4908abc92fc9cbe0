package io.github.dbmigrate.engine.db;

import io.github.dbmigrate.engine.BadSetting;
import io.github.dbmigrate.engine.Setting;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

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
    String scheme = trimmed.contains(":") ? trimmed.substring(0, trimmed.indexOf(':')) : "";
    String jdbcScheme = switch (scheme) {
      case "postgres", "postgresql" -> "postgresql";
      case "mysql" -> "mysql";
      case "mariadb" -> "mariadb";
      default -> throw new BadSetting(Setting.URL, "Cannot use the database URL '" + Secrets.maskUrl(trimmed)
          + "': give a JDBC URL (jdbc:postgresql://..., jdbc:h2:...) or postgres://user:pass@host:port/db.");
    };
    // Parsed by hand: java.net.URI gives up on hosts such as docker-compose's "db_host".
    String rest = trimmed.substring(trimmed.indexOf(':') + 1);
    if (!rest.startsWith("//")) {
      throw new BadSetting(Setting.URL, "Cannot read the database URL '" + Secrets.maskUrl(trimmed)
          + "': expected " + scheme + "://user:password@host:port/database.");
    }
    rest = rest.substring(2);
    int authorityEnd = indexOfAny(rest, "/?");
    String authority = authorityEnd < 0 ? rest : rest.substring(0, authorityEnd);
    String pathAndQuery = authorityEnd < 0 ? "" : rest.substring(authorityEnd);
    String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
    String urlUser = user;
    String urlPassword = password;
    if (authority.contains("@")) {
      String[] parts = authority.substring(0, authority.lastIndexOf('@')).split(":", 2);
      if (urlUser == null && !parts[0].isEmpty()) {
        urlUser = decode(parts[0]);
      }
      if (urlPassword == null && parts.length > 1) {
        urlPassword = decode(parts[1]);
      }
    }
    return new DatabaseTarget("jdbc:" + jdbcScheme + "://" + (hostPort.isEmpty() ? "localhost" : hostPort)
        + pathAndQuery, urlUser, urlPassword);
  }

  private static int indexOfAny(String text, String characters) {
    for (int i = 0; i < text.length(); i++) {
      if (characters.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static String decode(String part) {
    return URLDecoder.decode(part, StandardCharsets.UTF_8);
  }

  /** The URL with any password masked, for messages. */
  public String safeUrl() {
    return Secrets.maskUrl(jdbcUrl);
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
