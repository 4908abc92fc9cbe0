package io.github.dbmigrate.engine.session;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * H2: the current schema, which {@code SET SCHEMA} changes; set back only when it moved.
 * ({@code SET SCHEMA_SEARCH_PATH} is not followed.)
 */
public final class H2SessionState implements SessionState {

  @Override
  public Saved capture(Connection connection) throws SQLException {
    String schema = connection.getSchema();
    if (schema == null) {
      return current -> List.of();
    }
    return current -> Objects.equals(schema, current.getSchema()) ? List.of()
        : List.of("SET SCHEMA \"" + schema.replace("\"", "\"\"") + "\"");
  }
}
