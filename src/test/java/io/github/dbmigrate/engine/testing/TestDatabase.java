package io.github.dbmigrate.engine.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A database created for one test and dropped after it: a fresh PostgreSQL database on the server
 * named by {@code dbmigrate.test.pgUrl} (or the environment variable {@code DBMIGRATE_TEST_PG_URL}),
 * or a private in-memory H2 database.
 */
public final class TestDatabase implements AutoCloseable {

  public static final String DEFAULT_PG_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";

  private final String url;
  private final Runnable drop;

  private TestDatabase(String url, Runnable drop) {
    this.url = url;
    this.drop = drop;
  }

  public static String pgAdminUrl() {
    String fromProperty = System.getProperty("dbmigrate.test.pgUrl");
    String fromEnv = System.getenv("DBMIGRATE_TEST_PG_URL");
    return fromProperty != null && !fromProperty.isBlank() ? fromProperty
        : fromEnv != null && !fromEnv.isBlank() ? fromEnv : DEFAULT_PG_ADMIN_URL;
  }

  public static TestDatabase postgres() {
    String admin = pgAdminUrl();
    String name = "dbm_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    exec(admin, "CREATE DATABASE " + name);
    String url = admin.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
    return new TestDatabase(url, () -> exec(admin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
  }

  public static TestDatabase h2() {
    return h2("");
  }

  /** An in-memory H2 database, optionally in a compatibility mode such as {@code ;MODE=Oracle}. */
  public static TestDatabase h2(String options) {
    String url = "jdbc:h2:mem:dbm_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1"
        + options;
    return new TestDatabase(url, () -> exec(url, "SHUTDOWN"));
  }

  /** A database owned elsewhere: the helpers work, close() drops nothing. */
  public static TestDatabase view(String url) {
    return new TestDatabase(url, () -> {});
  }

  public String url() {
    return url;
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url);
  }

  /** Runs a statement in autocommit. */
  public void execute(String sql) {
    exec(url, sql);
  }

  /** The first column of every row of a query, as text. */
  public List<String> column(String sql) {
    try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rs.next()) {
        values.add(rs.getString(1) == null ? null : rs.getString(1).trim());
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /** Whether a table exists, by trying to read it. */
  public boolean tableExists(String table) {
    try (Connection c = connect(); Statement st = c.createStatement()) {
      st.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0").close();
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  private static void exec(String url, String sql) {
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    drop.run();
  }
}
