package io.github.dbmigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dbmigrate.engine.testing.NeedsDatabaseServer;
import io.github.dbmigrate.engine.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Goals that connect with a password, on success and on every kind of failure: the password appears
 * in no log line and no error message, wherever it was given.
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
}
