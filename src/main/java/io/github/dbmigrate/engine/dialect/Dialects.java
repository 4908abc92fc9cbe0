package io.github.dbmigrate.engine.dialect;

import io.github.dbmigrate.engine.DbMigrateException;
import java.util.List;

/** The databases this plugin knows, chosen by JDBC URL. */
public final class Dialects {

  private static final List<Dialect> KNOWN = List.of(new PostgresDialect(), new H2Dialect());

  private Dialects() {}

  public static Dialect forUrl(String jdbcUrl) {
    for (Dialect dialect : KNOWN) {
      if (dialect.supports(jdbcUrl)) {
        return dialect;
      }
    }
    throw new DbMigrateException("No supported database for the URL scheme of '"
        + io.github.dbmigrate.engine.db.Secrets.maskUrl(jdbcUrl) + "'. Supported: "
        + String.join(", ", KNOWN.stream().map(Dialect::name).toList())
        + " (URLs starting jdbc:postgresql:, jdbc:h2:).");
  }
}
