package io.github.dbmigrate.engine.session;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Oracle: the built-in {@code CLIENTCONTEXT} namespace, which any session may set through
 * {@code DBMS_SESSION.SET_CONTEXT} without a context created by a DBA, read with
 * {@code SYS_CONTEXT('CLIENTCONTEXT', '<name>')}. The attribute is the bare name: the namespace is this
 * session's own, and Oracle takes attribute names of up to 30 bytes only. {@code SYS_CONTEXT} returns
 * 256 bytes unless given a length (up to 4000); a value that is not given, or empty, is NULL.
 */
public final class OracleVariables implements SessionVariables {

  @Override
  public void set(Connection connection, Variables variables) throws SQLException {
    if (variables.isEmpty()) {
      return;
    }
    List<String> names = new ArrayList<>(variables.values().keySet());
    String block = names.stream().map(name -> "DBMS_SESSION.SET_CONTEXT('CLIENTCONTEXT', '" + name + "', ?);")
        .collect(Collectors.joining(" ", "BEGIN ", " END;"));
    try (CallableStatement st = connection.prepareCall(block)) {
      for (int i = 0; i < names.size(); i++) {
        st.setString(i + 1, variables.values().get(names.get(i)));
      }
      st.execute();
    }
  }

  @Override
  public List<String> preview(Variables variables) {
    if (variables.isEmpty()) {
      return List.of();
    }
    return List.of(variables.values().keySet().stream()
        .map(name -> "DBMS_SESSION.SET_CONTEXT('CLIENTCONTEXT', '" + name + "', "
            + SessionVariables.literal(variables, name) + ");")
        .collect(Collectors.joining(" ", "BEGIN ", " END;")));
  }

  @Override
  public String reading(String name) {
    return "SYS_CONTEXT('CLIENTCONTEXT', '" + name + "')";
  }
}
