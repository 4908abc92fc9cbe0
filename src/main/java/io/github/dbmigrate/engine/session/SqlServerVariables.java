package io.github.dbmigrate.engine.session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * SQL Server: the session context, keys {@code dbmigrate.<name>}, read with
 * {@code SESSION_CONTEXT(N'dbmigrate.<name>')} (a sql_variant; NULL for a key not given). Not read-only,
 * so that the next migration can set them again.
 */
public final class SqlServerVariables implements SessionVariables {

  @Override
  public void set(Connection connection, Variables variables) throws SQLException {
    if (variables.isEmpty()) {
      return;
    }
    List<String> names = new ArrayList<>(variables.values().keySet());
    String sql = names.stream().map(name -> "EXEC sp_set_session_context @key = N'dbmigrate." + name + "', @value = ?")
        .collect(Collectors.joining("; "));
    try (PreparedStatement st = connection.prepareStatement(sql)) {
      for (int i = 0; i < names.size(); i++) {
        st.setNString(i + 1, variables.values().get(names.get(i)));
      }
      st.execute();
    }
  }

  @Override
  public List<String> preview(Variables variables) {
    if (variables.isEmpty()) {
      return List.of();
    }
    return variables.values().keySet().stream().map(name -> "EXEC sp_set_session_context @key = N'dbmigrate." + name
        + "', @value = N" + SessionVariables.literal(variables, name)).toList();
  }

  @Override
  public String reading(String name) {
    return "SESSION_CONTEXT(N'dbmigrate." + name + "')";
  }
}
