package io.github.dbmigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dbmigrate.engine.testing.HostilePasswords;
import io.github.dbmigrate.engine.testing.NeedsDatabaseServer;
import io.github.dbmigrate.engine.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Goals that connect with a password, on success and on every kind of failure: the password appears
 * in no log line (default and -X), no error message and no report file, wherever it was given. The
 * hostile-password round trips need servers that check passwords: MariaDB does; PostgreSQL checks
 * members of {@value #PG_CHECKED_GROUP} when pg_hba.conf has, before any trust line,
 * {@code host all +dbmigrate_password_checked 127.0.0.1/32 scram-sha-256}; elsewhere that test is skipped,
 * saying so.
 */
@NeedsDatabaseServer
class SecretsInOutputTest {

  static final String MARIADB_SECRET = "maria-Secret-99";
  static final String URL_SECRET = "pg-url-Secret-11";

  @TempDir Path dir;
  final CapturingLog log = new CapturingLog();
  final List<String> errors = new ArrayList<>();

  void run(AbstractDbMigrateMojo goal) {
    try {
      goal.execute();
    } catch (Exception e) {
      errors.add(e.getMessage());
    }
  }

  @Test
  void aMariaDbUserWithAPasswordThatTheServerChecks() throws Exception {
    String user = "dbm_" + UUID.randomUUID().toString().substring(0, 8);
    try (TestDatabase db = TestDatabase.mariadb()) {
      String database = db.url().replaceAll(".*/([^/?]+).*", "$1");
      db.execute("CREATE USER '" + user + "'@'%' IDENTIFIED BY '" + MARIADB_SECRET + "'");
      db.execute("GRANT ALL ON " + database + ".* TO '" + user + "'@'%'");
      try {
        String url = "jdbc:mariadb://127.0.0.1:3306/" + database;
        Files.writeString(dir.resolve("20240101000000_ok.up.sql"), "CREATE TABLE ok (id int);");
        run(Goals.configure(new UpMojo(), url, dir, log, m -> {
          m.user = user;
          m.password = MARIADB_SECRET;
        }));
        run(Goals.configure(new StatusMojo(), url + "?password=" + MARIADB_SECRET, dir, log, m -> m.user = user));
        Files.writeString(dir.resolve("20240102000000_bad.up.sql"), "SELECT * FROM nowhere;");
        run(Goals.configure(new UpMojo(), url, dir, log, m -> {
          m.user = user;
          m.password = MARIADB_SECRET;
        }));
        run(Goals.configure(new UpMojo(), url, dir, log, m -> {
          m.user = user;
          m.password = MARIADB_SECRET + "-wrong";
        }));

        assertThat(log.text()).contains("Applied 20240101000000_ok.up.sql");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0)).contains("20240102000000_bad.up.sql line 1");
        assertThat(errors.get(1)).contains("refused the credentials");
        assertThat(String.join("\n", errors) + log.text()).doesNotContain(MARIADB_SECRET);
      } finally {
        db.execute("DROP USER '" + user + "'@'%'");
      }
    }
  }

  @Test
  void aPasswordInsideAPostgresUrl() throws Exception {
    try (TestDatabase db = TestDatabase.postgres()) {
      String url = db.url() + "&password=" + URL_SECRET;
      Files.writeString(dir.resolve("20240101000000_bad.up.sql"), "SELECT '" + "x" + "' FROM nowhere;");
      run(Goals.configure(new UpMojo(), url, dir, log, m -> {}));
      run(Goals.configure(new StatusMojo(), url.replace("5432", "1"), dir, log, m -> {}));

      assertThat(errors).hasSize(2);
      assertThat(errors.get(1)).contains("password=****");
      assertThat(String.join("\n", errors) + log.text()).doesNotContain(URL_SECRET);
    }
  }

  static final String PG_CHECKED_GROUP = "dbmigrate_password_checked";

  /** One way a password reaches the plugin. */
  enum Route { PROPERTY, URL_QUERY, URL_QUERY_RAW, DATABASE_URL_ENCODED, DATABASE_URL_RAW, SERVER_ID }

  /**
   * A server's URLs: {@code jdbc} without credentials, {@code go} the DATABASE_URL scheme, and whether its
   * driver percent-decodes {@code ?password=} (PostgreSQL's does; MariaDB's takes it as written, so a
   * password holding {@code &} cannot be given there).
   */
  record DbServer(String jdbc, String go, String hostPortDb, boolean decodesQuery) {

    String queryValue(String password) {
      return decodesQuery ? HostilePasswords.encode(password) : password;
    }
  }

  @Test
  void hostilePasswordsThroughEveryRouteToAPostgresServerThatChecksThem() throws Exception {
    String user = "dbm_pw_" + UUID.randomUUID().toString().substring(0, 8);
    try (TestDatabase db = TestDatabase.postgres()) {
      TestDatabase admin = TestDatabase.view(TestDatabase.pgAdminUrl());
      String database = db.url().replaceAll(".*/([^/?]+).*", "$1");
      admin.execute("DO $$ BEGIN CREATE ROLE " + PG_CHECKED_GROUP + " NOLOGIN;"
          + " EXCEPTION WHEN duplicate_object THEN NULL; END $$");
      admin.execute("CREATE ROLE " + user + " LOGIN IN ROLE " + PG_CHECKED_GROUP);
      try {
        db.execute("GRANT ALL ON SCHEMA public TO " + user);
        admin.execute("ALTER ROLE " + user + " PASSWORD 'right'");
        Assumptions.assumeTrue(refuses(db.url().replaceAll("\\?.*", ""), user, "wrong"), "PostgreSQL does not"
            + " check passwords of " + PG_CHECKED_GROUP + " here: add to pg_hba.conf, before its trust lines,"
            + " host all +" + PG_CHECKED_GROUP + " 127.0.0.1/32 scram-sha-256");
        roundTrips(new DbServer("jdbc:postgresql://127.0.0.1:5432/" + database, "postgres",
            "127.0.0.1:5432/" + database, true), user,
            password -> admin.execute("ALTER ROLE " + user + " PASSWORD '" + password.replace("'", "''") + "'"));
      } finally {
        db.execute("DROP OWNED BY " + user);
        admin.execute("DROP ROLE " + user);
      }
    }
  }

  @Test
  void hostilePasswordsThroughEveryRouteToAMariaDbServer() throws Exception {
    String user = "dbm_pw_" + UUID.randomUUID().toString().substring(0, 8);
    try (TestDatabase db = TestDatabase.mariadb()) {
      String database = db.url().replaceAll(".*/([^/?]+).*", "$1");
      db.execute("CREATE USER '" + user + "'@'%'");
      try {
        db.execute("GRANT ALL ON " + database + ".* TO '" + user + "'@'%'");
        roundTrips(new DbServer("jdbc:mariadb://127.0.0.1:3306/" + database, "mysql", "127.0.0.1:3306/" + database, false),
            user, password -> db.execute("ALTER USER '" + user + "'@'%' IDENTIFIED BY '"
                + password.replace("\\", "\\\\").replace("'", "''") + "'"));
      } finally {
        db.execute("DROP USER '" + user + "'@'%'");
      }
    }
  }

  /**
   * Every password of the corpus through every route: the server accepts it (and refuses a wrong one), and
   * no output shows it; with some, a failing migration, a dry run and a wrong password as well.
   */
  void roundTrips(DbServer server, String user, Consumer<String> setPassword) throws IOException {
    // no DDL: MariaDB would keep the table of a run that failed, and the next route would fail on it
    Files.writeString(dir.resolve("20240101000000_ok.up.sql"), "SELECT 1;");
    List<String> problems = new ArrayList<>();
    for (String password : HostilePasswords.corpusWith(user)) {
      setPassword.accept(password);
      for (Route route : Route.values()) {
        if (route == Route.DATABASE_URL_RAW && password.contains("%")
            || route == Route.URL_QUERY && !server.decodesQuery() && password.contains("&")
            || route == Route.URL_QUERY_RAW && (!server.decodesQuery() || password.matches(".*[&%+].*"))) {
          continue; // what the URL cannot hold raw (DatabaseTargetTest shows the refusal of a raw '%')
        }
        String outcome = connect(server, user, password, route, new StatusMojo(), m -> {});
        if (!outcome.isEmpty()) {
          problems.add(route + " [" + password + "]: " + outcome);
        }
      }
    }
    String hostile = HostilePasswords.CORPUS.get(0);
    setPassword.accept(hostile);
    Files.writeString(dir.resolve("20240102000000_bad.up.sql"), "SELECT * FROM nowhere;");
    for (Route route : Route.values()) {
      if (route == Route.DATABASE_URL_RAW || route == Route.URL_QUERY_RAW) {
        continue; // the corpus's first password holds a '%'
      }
      String dryRun = connect(server, user, hostile, route, new UpMojo(), m -> ((AbstractChangingMojo) m).dryRun = true);
      String failing = connect(server, user, hostile, route, new UpMojo(), m -> {});
      setPassword.accept("other-" + UUID.randomUUID());
      String wrong = connect(server, user, hostile, route, new StatusMojo(), m -> {});
      setPassword.accept(hostile);
      if (!dryRun.isEmpty() || !failing.contains("20240102000000_bad.up.sql line 1")
          || !wrong.contains("refused the credentials")) {
        problems.add(route + " dry run: " + dryRun + "; failing: " + failing + "; wrong password (a server that"
            + " checks passwords refuses it: see this class's comment): " + wrong);
      }
    }
    assertThat(problems).isEmpty();
  }

  /**
   * Runs one goal with the password given through {@code route}; the goal's error, or empty. Any output
   * that shows the password (as written, percent-encoded, or a part of it) is returned as a problem instead.
   */
  String connect(DbServer server, String user, String password, Route route, AbstractConnectingMojo goal,
      Consumer<AbstractConnectingMojo> customise) {
    CapturingLog goalLog = new CapturingLog();
    Path reports = dir.resolve("report");
    deleteTree(reports);
    String url = switch (route) {
      case PROPERTY, SERVER_ID -> server.jdbc();
      case URL_QUERY -> server.jdbc() + "?user=" + user + "&password=" + server.queryValue(password);
      case URL_QUERY_RAW -> server.jdbc() + "?user=" + user + "&password=" + password;
      case DATABASE_URL_ENCODED, DATABASE_URL_RAW -> null;
    };
    String databaseUrl = server.go() + "://" + user + ":"
        + (route == Route.DATABASE_URL_RAW ? password : HostilePasswords.encode(password)) + "@" + server.hostPortDb();
    AbstractConnectingMojo mojo = Goals.configure(goal, url, dir, goalLog, m -> {
      m.processEnvironment = Map.of("DATABASE_URL", databaseUrl);
      if (route == Route.PROPERTY) {
        m.user = user;
        m.password = password;
      } else if (route == Route.SERVER_ID) {
        m.serverId = "hostile";
        m.settings = settingsWith("hostile", user, password);
        m.settingsDecrypter = request -> decrypted(request.getServers());
      }
      customise.accept(m);
    });
    String error = "";
    try {
      mojo.execute();
    } catch (Exception e) {
      error = String.valueOf(e.getMessage());
    }
    StringBuilder output = new StringBuilder(error).append('\n').append(goalLog.text());
    try (Stream<Path> files = Files.walk(reports)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        output.append('\n').append(file.getFileName()).append(": ").append(Files.readString(file));
      }
    } catch (IOException e) {
      return "no report files: " + e;
    }
    List<String> forms = new ArrayList<>(List.of(password, HostilePasswords.encode(password),
        server.queryValue(password)));
    forms.addAll(HostilePasswords.fragments(password));
    for (String form : forms) {
      if (output.indexOf(form) >= 0) {
        return "shows " + form + " in " + output;
      }
    }
    return error;
  }

  /** Whether the server refuses {@code password} for {@code user}. */
  static boolean refuses(String url, String user, String password) {
    try (java.sql.Connection ignored = java.sql.DriverManager.getConnection(url, user, password)) {
      return false;
    } catch (java.sql.SQLException e) {
      return true;
    }
  }

  static Settings settingsWith(String id, String user, String password) {
    Server server = new Server();
    server.setId(id);
    server.setUsername(user);
    server.setPassword(password);
    Settings settings = new Settings();
    settings.addServer(server);
    return settings;
  }

  /** What SettingsDecrypter returns for a server whose password is not encrypted. */
  static SettingsDecryptionResult decrypted(List<Server> servers) {
    return new SettingsDecryptionResult() {
      @Override public Server getServer() { return servers.get(0); }
      @Override public List<Server> getServers() { return servers; }
      @Override public org.apache.maven.settings.Proxy getProxy() { return null; }
      @Override public List<org.apache.maven.settings.Proxy> getProxies() { return List.of(); }
      @Override public List<SettingsProblem> getProblems() { return List.of(); }
    };
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
