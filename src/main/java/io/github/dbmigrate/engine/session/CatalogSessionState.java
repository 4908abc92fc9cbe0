package io.github.dbmigrate.engine.session;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * MySQL/MariaDB and SQL Server: the current database, which {@code USE} changes. Their drivers follow
 * it from the server's own notices, so {@link Connection#getCatalog} costs no round trip, and
 * {@code USE} is sent only when a migration moved the session.
 */
public final class CatalogSessionState implements SessionState {

  private final UnaryOperator<String> quote;

  /** @param quote how the database quotes a name ({@code `x`}, {@code [x]}) */
  public CatalogSessionState(UnaryOperator<String> quote) {
    this.quote = quote;
  }

  @Override
  public Saved capture(Connection connection) throws SQLException {
    String database = connection.getCatalog();
    if (database == null) {
      return current -> List.of(); // no database chosen: USE cannot go back to none
    }
    return current -> Objects.equals(database, current.getCatalog()) ? List.of()
        : List.of("USE " + quote.apply(database));
  }
}
