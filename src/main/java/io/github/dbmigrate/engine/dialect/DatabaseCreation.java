package io.github.dbmigrate.engine.dialect;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the {@code createDatabase} setting creates a missing database: connect to {@code serverUrl}, a
 * database of the same server that always exists (or none), and run {@code sql}.
 *
 * @param name the database's name as the URL gives it, for messages
 */
public record DatabaseCreation(String serverUrl, String name, String sql) {

  /**
   * For a URL that {@code parts} splits into what comes before the database's name, the name
   * (URL-encoded) and the options: the same URL naming {@code serverDatabase} instead, and the
   * statement {@code createSql} makes for the name. Empty when the URL names no database.
   */
  static Optional<DatabaseCreation> renaming(Pattern parts, String jdbcUrl, String serverDatabase,
      UnaryOperator<String> createSql) {
    Matcher url = parts.matcher(jdbcUrl);
    if (!url.matches() || url.group(2).isEmpty()) {
      return Optional.empty();
    }
    String name = URLDecoder.decode(url.group(2), StandardCharsets.UTF_8);
    return Optional.of(new DatabaseCreation(url.group(1) + serverDatabase + Objects.toString(url.group(3), ""),
        name, createSql.apply(name)));
  }
}
