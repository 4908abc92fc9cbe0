package io.github.dbmigrate.engine.session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * MySQL/MariaDB and H2: user variables {@code @dbmigrate_<name>}, which last as long as the session
 * whatever commits or rolls back; one that was not given reads as NULL.
 */
public final class UserVariables implements SessionVariables {

  private final boolean manyPerSet;

  /** @param manyPerSet whether one {@code SET} takes several assignments (MySQL yes, H2 no) */
  public UserVariables(boolean manyPerSet) {
    this.manyPerSet = manyPerSet;
  }

  @Override
  public void set(Connection connection, Variables variables) throws SQLException {
    if (variables.isEmpty()) {
      return;
    }
    List<String> names = new ArrayList<>(variables.values().keySet());
    if (manyPerSet) {
      String sql = names.stream().map(name -> "@dbmigrate_" + name + " = ?").collect(Collectors.joining(", ", "SET ", ""));
      try (PreparedStatement st = connection.prepareStatement(sql)) {
        for (int i = 0; i < names.size(); i++) {
          st.setString(i + 1, variables.values().get(names.get(i)));
        }
        st.execute();
      }
      return;
    }
    for (String name : names) {
      try (PreparedStatement st = connection.prepareStatement("SET @dbmigrate_" + name + " = ?")) {
        st.setString(1, variables.values().get(name));
        st.execute();
      }
    }
  }

  @Override
  public List<String> preview(Variables variables) {
    if (variables.isEmpty()) {
      return List.of();
    }
    List<String> each = variables.values().keySet().stream()
        .map(name -> "@dbmigrate_" + name + " = " + SessionVariables.literal(variables, name)).toList();
    return manyPerSet ? List.of("SET " + String.join(", ", each)) : each.stream().map(a -> "SET " + a).toList();
  }

  @Override
  public String reading(String name) {
    return "@dbmigrate_" + name;
  }
}
