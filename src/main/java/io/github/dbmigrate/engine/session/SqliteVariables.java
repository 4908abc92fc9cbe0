package io.github.dbmigrate.engine.session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SQLite has no session variables: a TEMP table {@code dbmigrate_variables(name, value)}, private to
 * the connection and gone when it closes, filled afresh before each migration. A script reads
 * {@code (SELECT value FROM temp.dbmigrate_variables WHERE name = '<name>')}, NULL for a name not given.
 * Made even when a run has no variables, so that such a script reads NULL rather than failing on a
 * missing table (a dry run shows the statements only when there are variables).
 */
public final class SqliteVariables implements SessionVariables {

  private static final String CREATE =
      "CREATE TEMP TABLE IF NOT EXISTS dbmigrate_variables (name TEXT PRIMARY KEY, value TEXT NOT NULL)";
  private static final String CLEAR = "DELETE FROM temp.dbmigrate_variables";
  private static final String INSERT = "INSERT INTO temp.dbmigrate_variables (name, value) VALUES (?, ?)";

  @Override
  public void set(Connection connection, Variables variables) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute(CREATE);
      st.execute(CLEAR);
    }
    if (variables.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (Map.Entry<String, String> variable : variables.values().entrySet()) {
        insert.setString(1, variable.getKey());
        insert.setString(2, variable.getValue());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  @Override
  public List<String> preview(Variables variables) {
    if (variables.isEmpty()) {
      return List.of();
    }
    List<String> statements = new ArrayList<>(List.of(CREATE, CLEAR));
    variables.values().keySet().forEach(name -> statements.add(INSERT.replace("(?, ?)",
        "('" + name + "', " + SessionVariables.literal(variables, name) + ")")));
    return statements;
  }

  @Override
  public String reading(String name) {
    return "(SELECT value FROM temp.dbmigrate_variables WHERE name = '" + name + "')";
  }
}
