package io.github.dbmigrate.engine.doctor;

import static io.github.dbmigrate.engine.doctor.DoctorFixture.V1;
import static io.github.dbmigrate.engine.doctor.DoctorFixture.V2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.Refused;
import io.github.dbmigrate.engine.TxnMode;
import io.github.dbmigrate.engine.db.DatabaseTarget;
import io.github.dbmigrate.engine.doctor.Check.Outcome;
import io.github.dbmigrate.engine.event.EngineEvent.Kind;
import io.github.dbmigrate.engine.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** doctor on H2, server-free: every check, passed and failed, as a user reads the checklist. */
class H2DoctorTest {

  @TempDir
  Path temp;

  DoctorFixture f;
  TestDatabase db;

  @BeforeEach
  void setUp() throws Exception {
    f = new DoctorFixture(temp);
    db = TestDatabase.h2();
    f.write(V1 + "_users.up.sql", "CREATE TABLE users (id int PRIMARY KEY);");
    f.write(V1 + "_users.down.sql", "DROP TABLE users;");
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  @Test
  void aFreshDatabaseWhereTheUserMayDoEverythingPassesEveryCheck() throws Exception {
    Checklist list = f.doctor(f.config(db.url()));

    assertThat(list.passed()).as(DoctorFixture.lines(list)).isTrue();
    assertThat(list.checks()).extracting(Check::name).containsExactly("URL and driver", "server answers",
        "server", "run as", "create tables", "lock", "history table", "migration files");
    assertThat(list.check("server").found()).startsWith("H2 2.");
    assertThat(list.check("run as").found()).contains("schema PUBLIC", "user ''", "history table PUBLIC.dbmigrate_versions");
    assertThat(list.check("create tables").found()).contains("may create tables in schema PUBLIC (an admin)");
    assertThat(list.check("lock").found()).contains("does not exist yet: the first run creates it");
    assertThat(list.check("history table").found()).isEqualTo("absent: the first run creates PUBLIC.dbmigrate_versions");
    assertThat(list.check("migration files").found()).contains("1 migration(s)", "1 pending");
    assertThat(f.listener.messages(Kind.SUMMARY)).containsExactly("doctor: 8 passed: ready for dbmigrate:up.");
    assertThat(f.listener.messages(Kind.NOTE)).contains("  [ok  ] server answers: " + list.check("server answers").found());
    assertThat(f.json()).contains("\"passed\": true", "\"check\": \"create tables\", \"outcome\": \"passed\"");
    // doctor changed nothing: no history table, no lock table
    assertThat(db.tableExists("dbmigrate_versions")).isFalse();
    assertThat(db.tableExists("dbmigrate_versions_lock")).isFalse();
  }

  @Test
  void afterARunTheHistoryIsOursAndTheLockIsTakenAndReleased() throws Exception {
    f.up(f.config(db.url()));

    Checklist list = f.doctor(f.config(db.url()));

    assertThat(list.passed()).as(DoctorFixture.lines(list)).isTrue();
    assertThat(list.check("history table").found()).isEqualTo("ours: 1 version(s) recorded, newest " + V1);
    assertThat(list.check("write history").found()).startsWith("SELECT, INSERT and DELETE on PUBLIC.dbmigrate_versions allowed");
    assertThat(list.check("lock").found()).isEqualTo("free: taken and released at once.");
    assertThat(list.check("migration files").found()).contains("0 pending");
    assertThat(db.column("SELECT version FROM dbmigrate_versions")).containsExactly(V1);
  }

  @Test
  void aLockHeldByAnotherConnectionIsAWarningNotAFailure() throws Exception {
    f.up(f.config(db.url()));
    try (Connection holder = db.connect(); Statement st = holder.createStatement()) {
      holder.setAutoCommit(false);
      st.executeQuery("SELECT id FROM dbmigrate_versions_lock WHERE id = 1 FOR UPDATE").close();

      Checklist list = f.doctor(f.config(db.url()));

      assertThat(list.passed()).isTrue();
      assertThat(DoctorFixture.outcome(list, "lock")).isEqualTo(Outcome.WARNING);
      assertThat(list.check("lock").line()).contains("[warn] lock: held now by another run (the server does not say"
          + " who); a run started now would wait for it up to 5.0 s (dbmigrate.lockTimeout). Fix: let that run finish");
      holder.rollback();
    }
  }

  @Test
  void aUserWhoMayOnlyReadFailsWithTheGrantsToGive() throws Exception {
    f.up(f.config(db.url()));
    db.execute("CREATE USER reader PASSWORD 'Reader-Pw-1'");
    db.execute("GRANT SELECT ON dbmigrate_versions TO reader");
    f.write(V2 + "_more.up.sql", "CREATE TABLE more (id int);");
    // the database lives on (DB_CLOSE_DELAY was set by its admin), which only an admin may set
    String url = db.url().replace(";DB_CLOSE_DELAY=-1", "");
    var reader = f.config(new DatabaseTarget(url, "reader", "Reader-Pw-1"), TxnMode.ALL, false);

    assertThatThrownBy(() -> f.doctor(reader)).isInstanceOf(Refused.class)
        .hasMessageStartingWith("doctor: 6 passed, 3 failed. A run against " + url + " would fail:")
        .hasMessageContaining("[FAIL] create tables: user READER may not create tables in schema PUBLIC"
            + " (INFORMATION_SCHEMA.USERS and SCHEMATA); 1 pending migration(s) would run as this user and fail"
            + " where they create anything. Fix: as an admin: GRANT ALTER ANY SCHEMA TO READER")
        .hasMessageContaining("[FAIL] write history: refused on PUBLIC.dbmigrate_versions: INSERT (Not enough rights")
        .hasMessageContaining("Fix: GRANT INSERT, DELETE ON \"PUBLIC\".\"DBMIGRATE_VERSIONS\" TO READER")
        // a run takes the row lock in the lock table, which this user may not read either
        .hasMessageContaining("[FAIL] lock: the lock is a row of PUBLIC.dbmigrate_versions_lock, which the user may"
            + " not read: Not enough rights for object \"PUBLIC.DBMIGRATE_VERSIONS_LOCK\".")
        .hasMessageNotContaining("Reader-Pw-1");
    assertThat(f.json()).contains("\"passed\": false", "\"outcome\": \"failed\"").doesNotContain("Reader-Pw-1");
  }

  @Test
  void aForeignHistoryTableFailsAndTheGoToolsPasses() throws Exception {
    db.execute("CREATE TABLE dbmigrate_versions (id int)");
    assertThatThrownBy(() -> f.doctor(f.config(db.url())))
        .hasMessageContaining("[FAIL] history table: foreign: PUBLIC.dbmigrate_versions has no version column"
            + " (columns: id)")
        .hasMessageContaining("Fix: choose another table with dbmigrate.table, or rename that table");

    db.execute("DROP TABLE dbmigrate_versions");
    db.execute("CREATE TABLE dbmigrate_versions (version int)");
    assertThatThrownBy(() -> f.doctor(f.config(db.url())))
        .hasMessageContaining("[FAIL] history table: foreign: PUBLIC.dbmigrate_versions stores versions in a"
            + " column of type integer, which cannot hold a 14-digit version");

    db.execute("DROP TABLE dbmigrate_versions");
    db.execute("CREATE TABLE dbmigrate_versions (version varchar(255) PRIMARY KEY)");
    db.execute("INSERT INTO dbmigrate_versions VALUES ('" + V1 + "')");
    Checklist list = f.doctor(f.config(db.url()));
    assertThat(list.check("history table").found()).isEqualTo("the Go tool's (version only): runs record"
        + " versions only, so both tools can take turns; 1 version(s) recorded, newest " + V1);
  }

  @Test
  void aMalformedFileFailsTheFilesCheckEvenWithoutAServer() throws Exception {
    f.write(V2 + "_open.up.sql", "CREATE TABLE t (v varchar(9) DEFAULT 'unclosed);");

    assertThatThrownBy(() -> f.doctor(f.config(db.url())))
        .hasMessageContaining("[FAIL] migration files: 1 problem(s): ")
        .hasMessageContaining(V2 + "_open.up.sql")
        .hasMessageContaining("Fix: fix the files; dbmigrate:validate checks them without a database");

    assertThatThrownBy(() -> f.doctor(f.config("jdbc:postgresql://127.0.0.1:1/nowhere")))
        .hasMessageContaining("[FAIL] server answers: Cannot reach the database at jdbc:postgresql://127.0.0.1:1/nowhere")
        .hasMessageContaining("[FAIL] migration files: 1 problem(s): ");
    assertThat(f.listener.messages(Kind.NOTE)).contains("  [skip] lock: not checked: no connection");
  }

  @Test
  void aUrlOfNoKnownDatabaseFailsTheFirstCheck() {
    assertThatThrownBy(() -> f.doctor(f.config("jdbc:nosuch:thing")))
        .hasMessageContaining("[FAIL] URL and driver: No supported database for the URL scheme of 'jdbc:nosuch:thing'");
  }

  @Test
  void sqliteHasNoLockSoDoctorSaysWhatNoLockMeans() throws Exception {
    try (TestDatabase sqlite = TestDatabase.sqlite()) {
      assertThatThrownBy(() -> f.doctor(f.config(sqlite.url())))
          .hasMessageContaining("[FAIL] lock: SQLite has no lock")
          .hasMessageContaining("So dbmigrate:up and dbmigrate:down refuse to run without dbmigrate.noLock=true."
              + " Fix: set -Ddbmigrate.noLock=true, once you make sure no other run migrates this database at the same time");

      Checklist list = f.doctor(f.config(new DatabaseTarget(sqlite.url(), null, null), TxnMode.ALL, true));
      assertThat(list.passed()).as(DoctorFixture.lines(list)).isTrue();
      assertThat(list.check("lock").found()).contains("With dbmigrate.noLock=true runs take none: make sure no"
          + " other run migrates this database at the same time.");
      assertThat(list.check("create tables").found()).contains("SQLite has no privileges");
    }
  }
}
