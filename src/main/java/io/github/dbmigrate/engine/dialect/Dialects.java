package io.github.dbmigrate.engine.dialect;

import io.github.dbmigrate.engine.BadSetting;
import io.github.dbmigrate.engine.Setting;
import io.github.dbmigrate.engine.db.Secrets;
import io.github.dbmigrate.engine.lint.DatabaseLint;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The one registry of databases: each has one descriptor, found by its JDBC URL or by a name users
 * give it (the {@code dialect} setting). Adding a database means adding its descriptor here.
 */
public final class Dialects {

  private static final List<Dialect> KNOWN = List.of(PostgresDialect.create(), MySqlDialect.create(),
      OracleDialect.create(), SqlServerDialect.create(), SqliteDialect.create(), H2Dialect.create());

  /**
   * A database chosen by name.
   *
   * @param shown the database as messages call it when chosen by that name
   */
  public record Named(String shown, Dialect dialect) {}

  private Dialects() {}

  /** Every database, in the order URLs are matched. */
  public static List<Dialect> all() {
    return KNOWN;
  }

  /** The database reached by a JDBC URL; an unknown scheme fails with the supported ones listed. */
  public static Dialect forUrl(String jdbcUrl) {
    for (Dialect dialect : KNOWN) {
      if (dialect.supports(jdbcUrl)) {
        return dialect;
      }
    }
    throw new BadSetting(Setting.URL, "No supported database for the URL scheme of '"
        + Secrets.maskUrl(jdbcUrl) + "'. Supported: " + KNOWN.stream()
            .map(d -> d.name() + " (" + String.join(", ", d.urlPrefixes()) + ")")
            .collect(Collectors.joining(", ")) + ".");
  }

  /** The database a user named, in any case and with blanks ignored; empty for an unknown name. */
  public static Optional<Named> named(String name) {
    String key = name.trim().toLowerCase(Locale.ROOT).replace(" ", "");
    for (Dialect dialect : KNOWN) {
      for (DialectName known : dialect.names()) {
        if (known.name().equals(key)) {
          return Optional.of(new Named(known.shown(), dialect));
        }
      }
    }
    return Optional.empty();
  }

  /** Every rule id some database's lint checks, sorted: what {@code <lintRules>} may name. */
  public static Set<String> lintRuleIds() {
    TreeSet<String> ids = new TreeSet<>();
    KNOWN.forEach(d -> d.capability(DatabaseLint.class)
        .ifPresent(lint -> lint.rules().forEach(rule -> ids.add(rule.id()))));
    return ids;
  }

  /** The names users are told to use, sorted; abbreviations are accepted but not listed. */
  public static List<String> listedNames() {
    TreeSet<String> names = new TreeSet<>();
    KNOWN.forEach(d -> d.names().stream().filter(DialectName::listed).forEach(n -> names.add(n.name())));
    return List.copyOf(names);
  }
}
