package io.github.dbmigrate.engine.dialect;

import io.github.dbmigrate.engine.DbMigrateException;
import io.github.dbmigrate.engine.db.Secrets;
import java.util.List;
import java.util.stream.Collectors;

/** The databases this plugin knows, chosen by JDBC URL. */
public final class Dialects {

  private static final List<Dialect> KNOWN = List.of(new PostgresDialect(), new MySqlDialect(),
      new OracleDialect(), new SqlServerDialect(), new SqliteDialect(), new H2Dialect());

  private Dialects() {}

  /** Every dialect, in the order URLs are matched. */
  public static List<Dialect> all() {
    return KNOWN;
  }

  /** The dialect serving a JDBC URL; an unknown scheme fails with the supported ones listed. */
  public static Dialect forUrl(String jdbcUrl) {
    for (Dialect dialect : KNOWN) {
      if (dialect.supports(jdbcUrl)) {
        return dialect;
      }
    }
    throw new DbMigrateException("No supported database for the URL scheme of '"
        + Secrets.maskUrl(jdbcUrl) + "'. Supported: " + KNOWN.stream()
            .map(d -> d.name() + " (" + String.join(", ", d.urlPrefixes()) + ")")
            .collect(Collectors.joining(", ")) + ".");
  }
}
