package io.github.dbmigrate.engine.validate;

import io.github.dbmigrate.engine.DbMigrateException;
import io.github.dbmigrate.engine.db.DatabaseTarget;
import io.github.dbmigrate.engine.dialect.Dialect;
import io.github.dbmigrate.engine.dialect.Dialects;
import io.github.dbmigrate.engine.sql.SplitRules;
import java.util.Locale;
import java.util.Map;

/**
 * Which database's splitting rules an offline check uses: a {@code dbmigrate.dialect} name, else the
 * database of {@code dbmigrate.url} (never connected to), else PostgreSQL's.
 */
public final class ScriptRules {

  /** The rules and the name of the database they belong to. */
  public record Chosen(String database, SplitRules rules) {}

  private static final Map<String, Chosen> BY_NAME = Map.of(
      "postgresql", new Chosen("PostgreSQL", SplitRules.postgres()),
      "h2", new Chosen("H2", SplitRules.h2()),
      "oracle", new Chosen("Oracle", SplitRules.oracle()),
      "sqlserver", new Chosen("SQL Server", SplitRules.sqlServer()),
      "mysql", new Chosen("MySQL", SplitRules.mysql()),
      "mariadb", new Chosen("MariaDB", SplitRules.mysql()),
      "sqlite", new Chosen("SQLite", SplitRules.sqlite()));

  private static final Map<String, String> ALIASES = Map.of("postgres", "postgresql", "pg", "postgresql",
      "mssql", "sqlserver");

  private ScriptRules() {}

  /**
   * @param dialect a database name such as {@code postgresql} or {@code oracle}, or {@code null}
   * @param url a JDBC URL (or the Go tool's {@code postgres://} form), or {@code null}
   */
  public static Chosen choose(String dialect, String url) {
    if (dialect != null && !dialect.isBlank()) {
      String key = dialect.trim().toLowerCase(Locale.ROOT).replace(" ", "");
      Chosen chosen = BY_NAME.get(ALIASES.getOrDefault(key, key));
      if (chosen == null) {
        throw new DbMigrateException("Unknown dbmigrate.dialect '" + dialect + "'. Use one of: "
            + String.join(", ", new java.util.TreeSet<>(BY_NAME.keySet())) + ".");
      }
      return chosen;
    }
    if (url == null || url.isBlank()) {
      return BY_NAME.get("postgresql");
    }
    String jdbcUrl = DatabaseTarget.resolve(url, null, null).jdbcUrl();
    try {
      Dialect known = Dialects.forUrl(jdbcUrl);
      return new Chosen(known.name(), known.splitRules());
    } catch (DbMigrateException unknown) {
      throw new DbMigrateException(unknown.getMessage() + " Or set dbmigrate.dialect (for example"
          + " postgresql, oracle, sqlserver, mysql) to check the files with that database's rules.");
    }
  }
}
