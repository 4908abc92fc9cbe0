package io.github.dbmigrate.engine.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Checks that text is well-formed JSON, using the JSON parser H2 already brings to the tests. */
public final class JsonCheck {

  private JsonCheck() {}

  /** Throws {@link AssertionError} naming the problem when {@code json} does not parse. */
  public static void assertWellFormed(String json) {
    try (Connection c = DriverManager.getConnection("jdbc:h2:mem:");
        PreparedStatement st = c.prepareStatement("SELECT ? FORMAT JSON")) {
      st.setString(1, json);
      st.executeQuery().close();
    } catch (SQLException e) {
      throw new AssertionError("not well-formed JSON: " + e.getMessage() + "\n" + json, e);
    }
  }
}
