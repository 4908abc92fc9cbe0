package io.github.dbmigrate.engine.doctor;

import static io.github.dbmigrate.engine.doctor.DoctorFixture.V1;
import static io.github.dbmigrate.engine.doctor.DoctorFixture.V2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.TxnMode;
import io.github.dbmigrate.engine.db.DatabaseTarget;
import io.github.dbmigrate.engine.doctor.Check.Outcome;
import io.github.dbmigrate.engine.testing.NeedsDatabaseServer;
import io.github.dbmigrate.engine.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** doctor on a real MariaDB server, with a user of its own that may only read. */
@NeedsDatabaseServer
class MariaDbDoctorTest {

  private static final String PASSWORD = "Doctor-Pw-9";

  @TempDir
  Path temp;

  DoctorFixture f;
  TestDatabase db;
  String database;
  String user;

  @BeforeEach
  void setUp() throws Exception {
    f = new DoctorFixture(temp);
    db = TestDatabase.mariadb();
    database = db.url().replaceAll(".*/([^/?]+).*", "$1");
    user = "dbm_doc_" + UUID.randomUUID().toString().substring(0, 8);
    db.execute("CREATE USER '" + user + "'@'%' IDENTIFIED BY '" + PASSWORD + "'");
    f.write(V1 + "_users.up.sql", "CREATE TABLE users (id int PRIMARY KEY);");
  }

  @AfterEach
  void tearDown() {
    try {
      db.execute("DROP USER '" + user + "'@'%'");
    } finally {
      db.close();
    }
  }

  private EngineConfig asUser() {
    return f.config(new DatabaseTarget("jdbc:mariadb://" + db.url().replaceAll("jdbc:\\w+://([^/]+)/.*", "$1")
        + "/" + database, user, PASSWORD), TxnMode.PER_FILE, false);
  }

  @Test
  void aUserWithOnlySelectIsToldWhichGrantsTheRunNeeds() throws Exception {
    f.up(f.config(db.url()));
    f.write(V2 + "_more.up.sql", "CREATE TABLE more (id int);");
    db.execute("GRANT SELECT ON " + database + ".* TO '" + user + "'@'%'");

    assertThatThrownBy(() -> f.doctor(asUser()))
        .hasMessageContaining("[FAIL] create tables: user " + user + " may not create tables in database " + database + " (information_schema grants);"
            + " 1 pending migration(s) would run as this user and fail where they create anything. Fix: GRANT"
            + " CREATE, ALTER, INDEX, DROP, REFERENCES ON `" + database + "`.* TO '" + user + "'@'%'")
        .hasMessageContaining("[FAIL] write history: refused on " + database + ".dbmigrate_versions: INSERT (")
        .hasMessageContaining("Fix: GRANT INSERT, DELETE ON `" + database + "`.`dbmigrate_versions` TO '" + user + "'@'%'")
        .hasMessageNotContaining(PASSWORD);
    assertThat(f.json()).doesNotContain(PASSWORD);

    db.execute("GRANT ALL ON " + database + ".* TO '" + user + "'@'%'");
    Checklist list = f.doctor(asUser());
    assertThat(list.passed()).as(DoctorFixture.lines(list)).isTrue();
    assertThat(list.check("server").found()).contains("MariaDB");
    assertThat(list.checks()).extracting(Check::name).doesNotContain("one transaction's locks");
  }

  @Test
  void aLockHeldByAnotherSessionNamesItsConnection() throws Exception {
    try (Connection holder = db.connect();
        PreparedStatement st = holder.prepareStatement("SELECT GET_LOCK(?, 0)")) {
      st.setString(1, "dbmigrate:" + database + ":dbmigrate_versions");
      st.execute();

      Checklist list = f.doctor(f.config(db.url()));

      assertThat(list.check("lock").outcome()).isEqualTo(Outcome.WARNING);
      assertThat(list.check("lock").found()).startsWith("held now by connection id ");
    }
  }
}
