package io.github.dbmigrate.engine.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A database created for one test and dropped after it: a fresh PostgreSQL database on the server
 * named by {@code dbmigrate.test.pgUrl} (or the environment variable {@code DBMIGRATE_TEST_PG_URL}),
 * a fresh MariaDB database on the server named by {@code dbmigrate.test.mariadbUrl} (or
 * {@code DBMIGRATE_TEST_MARIADB_URL}), a SQLite file in a temporary directory, or a private in-memory
 * H2 database.
 */
public final class TestDatabase implements AutoCloseable {

  public static final String DEFAULT_PG_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
  public static final String DEFAULT_MARIADB_ADMIN_URL = "jdbc:mariadb://127.0.0.1:3306/test?user=root";

  private final String url;
  private final Runnable drop;

  private TestDatabase(String url, Runnable drop) {
    this.url = url;
    this.drop = drop;
  }

  public static String pgAdminUrl() {
    return setting("dbmigrate.test.pgUrl", "DBMIGRATE_TEST_PG_URL", DEFAULT_PG_ADMIN_URL);
  }

  public static String mariadbAdminUrl() {
    return setting("dbmigrate.test.mariadbUrl", "DBMIGRATE_TEST_MARIADB_URL", DEFAULT_MARIADB_ADMIN_URL);
  }

  /** A non-blank system property, else a non-blank environment variable, else the default (may be null). */
  public static String setting(String property, String environmentVariable, String defaultValue) {
    String fromProperty = System.getProperty(property);
    String fromEnv = System.getenv(environmentVariable);
    return fromProperty != null && !fromProperty.isBlank() ? fromProperty
        : fromEnv != null && !fromEnv.isBlank() ? fromEnv : defaultValue;
  }

  public static TestDatabase postgres() {
    String admin = pgAdminUrl();
    String name = uniqueName();
    exec(admin, "CREATE DATABASE " + name);
    String url = admin.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
    return new TestDatabase(url, () -> exec(admin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
  }

  /** A fresh database on the MariaDB (or MySQL) server, dropped with everything in it. */
  public static TestDatabase mariadb() {
    String admin = mariadbAdminUrl();
    String name = uniqueName();
    exec(admin, "CREATE DATABASE " + name);
    String url = admin.replaceFirst("(jdbc:(?:mariadb|mysql)://[^/?]+)(/[^?]*)?", "$1/" + name);
    return new TestDatabase(url, () -> exec(admin, "DROP DATABASE IF EXISTS " + name));
  }

  /**
   * A fresh user (schema) on the Oracle server that the administrator URL reaches, dropped with
   * everything in it; it gets EXECUTE on DBMS_LOCK where the administrator may grant it.
   */
  public static TestDatabase oracle(String adminUrl) {
    String name = uniqueName().toUpperCase(java.util.Locale.ROOT);
    String password = "Pw" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    exec(adminUrl, "CREATE USER " + name + " IDENTIFIED BY " + password);
    exec(adminUrl, "GRANT CREATE SESSION, CREATE TABLE, CREATE PROCEDURE, CREATE SEQUENCE,"
        + " CREATE VIEW, CREATE TRIGGER, UNLIMITED TABLESPACE TO " + name);
    try {
      exec(adminUrl, "GRANT EXECUTE ON SYS.DBMS_LOCK TO " + name);
    } catch (IllegalStateException e) {
      // the dialect falls back to its row lock
    }
    String url = adminUrl.replaceFirst("^jdbc:oracle:thin:[^@]*@", "jdbc:oracle:thin:" + name + "/" + password + "@");
    return new TestDatabase(url, () -> exec(adminUrl, "DROP USER " + name + " CASCADE"));
  }

  /** A fresh database on the SQL Server that the administrator URL reaches, dropped after. */
  public static TestDatabase sqlServer(String adminUrl) {
    String name = uniqueName();
    exec(adminUrl, "CREATE DATABASE " + name);
    String url = adminUrl + (adminUrl.endsWith(";") ? "" : ";") + "databaseName=" + name;
    return new TestDatabase(url, () -> {
      exec(adminUrl, "ALTER DATABASE " + name + " SET SINGLE_USER WITH ROLLBACK IMMEDIATE");
      exec(adminUrl, "DROP DATABASE " + name);
    });
  }

  /** A SQLite database file in a temporary directory, deleted with the directory. */
  public static TestDatabase sqlite() {
    try {
      Path dir = Files.createTempDirectory("dbm_sqlite");
      String url = "jdbc:sqlite:" + dir.resolve("test.db");
      return new TestDatabase(url, () -> deleteTree(dir));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String uniqueName() {
    return "dbm_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
