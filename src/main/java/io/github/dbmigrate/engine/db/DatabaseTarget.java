package io.github.dbmigrate.engine.db;

import io.github.dbmigrate.engine.DbMigrateException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Where to connect: a JDBC URL and optional credentials. {@link #toString()} never shows the password.
 */
public record DatabaseTarget(String jdbcUrl, String user, String password) {

  public DatabaseTarget {
    if (jdbcUrl == null || jdbcUrl.isBlank()) {
      throw new DbMigrateException("No database URL: set dbmigrate.url (for example"
          + " -Ddbmigrate.url=jdbc:postgresql://localhost:5432/app) or the DATABASE_URL environment"
          + " variable.");
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
      default -> throw new DbMigrateException("Cannot use the database URL '" + Secrets.maskUrl(trimmed)
          + "': give a JDBC URL (jdbc:postgresql://..., jdbc:h2:...) or postgres://user:pass@host:port/db.");
    };
    try {
      URI uri = new URI(trimmed);
      String urlUser = user;
      String urlPassword = password;
      if (uri.getRawUserInfo() != null) {
        String[] parts = uri.getRawUserInfo().split(":", 2);
        if (urlUser == null) {
          urlUser = decode(parts[0]);
        }
        if (urlPassword == null && parts.length > 1) {
          urlPassword = decode(parts[1]);
        }
      }
      String host = uri.getHost() == null ? "localhost" : uri.getHost();
      String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
      String path = uri.getRawPath() == null ? "" : uri.getRawPath();
      String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
      return new DatabaseTarget("jdbc:" + jdbcScheme + "://" + host + port + path + query, urlUser,
          urlPassword);
    } catch (URISyntaxException e) {
      throw new DbMigrateException("Cannot read the database URL '" + Secrets.maskUrl(trimmed) + "': "
          + Secrets.maskUrl(e.getReason()) + ".");
    }
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
    java.util.List<String> secrets = new java.util.ArrayList<>(Secrets.passwordsIn(jdbcUrl));
    secrets.add(password);
    return Secrets.mask(text, secrets.toArray(String[]::new));
  }

  @Override
  public String toString() {
    return safeUrl() + (user == null ? "" : " as " + user);
  }
}
