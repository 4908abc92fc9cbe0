package io.github.dbmigrate.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.Target;
import io.github.dbmigrate.engine.db.DatabaseTarget;
import io.github.dbmigrate.engine.db.ServerWait;
import io.github.dbmigrate.engine.event.EngineEvent.Kind;
import io.github.dbmigrate.engine.testing.NeedsDatabaseServer;
import io.github.dbmigrate.engine.testing.TestDatabase;
import io.github.dbmigrate.maven.MavenFrontEnd;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The release scenario on PostgreSQL, plus waiting for a server and creating a missing database. */
@NeedsDatabaseServer
class PostgresReleaseTest extends ReleaseScenarioTest {

  @Override
  TestDatabase createDatabase() {
    return TestDatabase.postgres();
  }

  private EngineConfig at(String url) {
    EngineConfig base = config(o -> o);
    return base.withTarget(Target.of(new DatabaseTarget(url, null, null), base.target().table())
        .withAppliedBy("tester"));
  }

  @Test
  void waitReturnsAtOnceForARunningServer() {
    ServerWait.await(config(o -> o), Duration.ofSeconds(5), listener);

    // At once: the first attempt connected, so it never said it was waiting (a time would depend on load).
    assertThat(listener.saw(Kind.SERVER_WAIT)).isFalse();
    assertThat(listener.messages(Kind.SUMMARY)).last().asString().contains("accepts connections");
  }

  @Test
  void waitGivesUpOnAServerThatNeverAnswers() {
    assertThatThrownBy(() -> ServerWait.await(at("jdbc:postgresql://127.0.0.1:1/nothing?user=postgres"),
        Duration.ofMillis(800), listener))
        .hasMessageContaining("Gave up waiting for the database after 800 ms")
        .hasMessageContaining("dbmigrate.waitTimeout")
        .satisfies(e -> assertThat(e.getMessage().split("Check ", -1)).as(e.getMessage()).hasSize(2));
    // the waiting line gives the reason without the driver's own advice
    assertThat(listener.messages(Kind.SERVER_WAIT)).first().asString().contains("refused")
        .doesNotContain("Check that the hostname");
  }

  @Test
  void upCreatesAMissingDatabaseWhenAsked() throws Exception {
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    String name = "dbm_created_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    String admin = TestDatabase.pgAdminUrl();
    String url = admin.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
    try {
      assertThatThrownBy(() -> new Migrator(at(url), listener).up()).hasMessageContaining("does not exist");
      ServerWait.await(at(url), Duration.ofSeconds(5), listener);
      assertThat(listener.messages(Kind.SUMMARY)).last().asString().contains("database does not exist yet");

      new Migrator(at(url).withOptions(at(url).options().withCreateDatabase(true)), listener).up();

      assertThat(listener.messages(Kind.NOTE)).contains("Created the database " + name + " (dbmigrate.createDatabase).");
      try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
        st.executeQuery("SELECT * FROM a").close();
      }
    } finally {
      try (Connection c = DriverManager.getConnection(admin); Statement st = c.createStatement()) {
        st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      }
    }
  }
}
