package io.github.dbmigrate.engine.session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * PostgreSQL: custom settings {@code dbmigrate.<name>}, set for the session ({@code is_local} false, so
 * they outlive the transaction), read with {@code current_setting('dbmigrate.<name>', true)}, which is
 * NULL for a name that was not given. All of them in one statement: one round trip per migration.
 */
public final class PostgresVariables implements SessionVariables {

  @Override
  public void set(Connection connection, Variables variables) throws SQLException {
    if (variables.isEmpty()) {
      return;
    }
    List<String> names = new ArrayList<>(variables.values().keySet());
    String sql = names.stream().map(name -> "set_config('dbmigrate." + name + "', ?, false)")
        .collect(Collectors.joining(", ", "SELECT ", ""));
    try (PreparedStatement st = connection.prepareStatement(sql)) {
      for (int i = 0; i < names.size(); i++) {
        st.setString(i + 1, variables.values().get(names.get(i)));
      }
      st.executeQuery().close();
    }
  }

  @Override
  public List<String> preview(Variables variables) {
    if (variables.isEmpty()) {
      return List.of();
    }
    return List.of(variables.values().keySet().stream()
        .map(name -> "set_config('dbmigrate." + name + "', " + SessionVariables.literal(variables, name) + ", false)")
        .collect(Collectors.joining(", ", "SELECT ", "")));
  }

  @Override
  public String reading(String name) {
    return "current_setting('dbmigrate." + name + "', true)";
  }
}
