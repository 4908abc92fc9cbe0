package io.github.dbmigrate.engine.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.DbMigrateException;
import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.TxnMode;
import io.github.dbmigrate.engine.db.DatabaseTarget;
import io.github.dbmigrate.engine.doctor.Check.Outcome;
import io.github.dbmigrate.engine.lock.LockTestAccess;
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

/** doctor on a real PostgreSQL server, with a role of its own that lacks what a run needs. */
@NeedsDatabaseServer
class PostgresDoctorTest {

  @TempDir
  Path temp;

  DoctorFixture f;
  TestDatabase db;
  String role;

  @BeforeEach
  void setUp() throws Exception {
    f = new DoctorFixture(temp);
    db = TestDatabase.postgres();
    role = "dbm_doctor_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    db.execute("CREATE ROLE " + role + " LOGIN");
    for (int i = 1; i <= 7; i++) {
      f.write("2024010" + i + "000000_t" + i + ".up.sql", "CREATE TABLE t" + i + " (id int PRIMARY KEY);");
    }
  }

  @AfterEach
  void tearDown() {
    db.close(); // drops the database first: the role owns nothing any more
    TestDatabase.view(TestDatabase.pgAdminUrl()).execute("DROP ROLE IF EXISTS " + role);
  }

  /**
   * The test database as {@code role}, which PostgreSQL 15 gives no CREATE on public; no txnMode
   * given, so PostgreSQL's default, {@code all}.
   */
  private EngineConfig asRole() {
    return f.config(new DatabaseTarget(db.url().replaceFirst("\\?.*", ""), role, null), null, false);
  }

  @Test
  void aRoleWithoutCreateOnItsSchemaIsCaughtBeforeTheRunFailsOnPermissionDenied() throws Exception {
    db.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC"); // PostgreSQL 15's default; older servers too

    assertThatThrownBy(() -> f.doctor(asRole()))
        .hasMessageContaining("[FAIL] create tables: user " + role + " may not create tables in schema public"
            + " (has_schema_privilege), so the first run cannot create the history table public.dbmigrate_versions:"
            + " it would fail on 'permission denied'. Fix: GRANT CREATE ON SCHEMA public TO " + role);
    assertThat(f.json()).contains("\"passed\": false");
    // what the run itself meets, which doctor predicted
    assertThatThrownBy(() -> f.up(asRole())).isInstanceOf(DbMigrateException.class)
        .hasMessageContaining("permission denied");

    db.execute("GRANT CREATE ON SCHEMA public TO " + role);
    Checklist list = f.doctor(asRole());
    assertThat(list.passed()).as(DoctorFixture.lines(list)).isTrue();
    assertThat(list.check("create tables").found()).isEqualTo("user " + role
        + " may create tables in schema public (has_schema_privilege)");
    assertThat(list.check("server").found()).startsWith("PostgreSQL ");
    assertThat(list.check("one transaction's locks").found()).startsWith("about 28 lock entries for 7 pending"
        + " migration(s) in one transaction (an estimate: 7 CREATE TABLE counted as 4 each, 0 other DDL"
        + " statement(s) as 1), of ");
  }

  @Test
  void aHistoryTableTheRoleMayOnlyReadFailsTheWriteCheck() throws Exception {
    f.up(f.config(db.url()));
    db.execute("GRANT SELECT ON dbmigrate_versions TO " + role);

    assertThatThrownBy(() -> f.doctor(asRole()))
        .hasMessageContaining("[FAIL] write history: refused on public.dbmigrate_versions: INSERT (ERROR 42501"
            + " permission denied for table dbmigrate_versions)")
        .hasMessageContaining("Fix: GRANT INSERT, DELETE ON \"public\".\"dbmigrate_versions\" TO " + role);
  }

  /** Not doctor's own check, but the run it predicts: PostgreSQL's message holds its SQLSTATE already. */
  @Test
  void aHistoryTableTheRoleMayNotReadStopsUpNamingTheSqlStateOnce() throws Exception {
    f.up(f.config(db.url()));

    assertThatThrownBy(() -> f.up(asRole())).isInstanceOf(DbMigrateException.class)
        .hasMessageContaining("Cannot read the history table public.dbmigrate_versions: ERROR 42501 permission"
            + " denied for table dbmigrate_versions")
        .satisfies(e -> assertThat(e.getMessage().split("42501", -1)).as(e.getMessage()).hasSize(2));
  }

  @Test
  void aLockHeldByAnotherSessionNamesItsHolder() throws Exception {
    String database = db.url().replaceAll(".*/([^/?]+).*", "$1");
    try (Connection holder = db.connect();
        PreparedStatement st = holder.prepareStatement("SELECT pg_advisory_lock(?)")) {
      st.setLong(1, LockTestAccess.postgresLockKey("dbmigrate:" + database + ":public:dbmigrate_versions"));
      st.execute();

      Checklist list = f.doctor(f.config(db.url()));

      assertThat(list.check("lock").outcome()).isEqualTo(Outcome.WARNING);
      assertThat(list.check("lock").found()).startsWith("held now by pid ").contains("user postgres");
    }
    assertThat(f.doctor(f.config(db.url())).check("lock").found()).isEqualTo("free: taken and released at once.");
  }

  @Test
  void twoThousandTableCreatingMigrationsInOneTransactionArePredictedToOverflowTheLockTable() throws Exception {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      many.append("CREATE TABLE many_").append(i).append(" (id int PRIMARY KEY, name text);\n");
    }
    f.write("20240201000000_many.up.sql", many.toString());
    long capacity = Long.parseLong(db.column("SELECT current_setting('max_locks_per_transaction')::bigint"
        + " * (current_setting('max_connections')::bigint + current_setting('max_prepared_transactions')::bigint)").get(0));

    if (capacity < 8000) {
      assertThatThrownBy(() -> f.doctor(f.config(db.url())))
          .hasMessageContaining("[FAIL] one transaction's locks: about 8028 lock entries for 8 pending migration(s)")
          .hasMessageContaining("the run would fail with 'out of shared memory' and roll everything back. Fix:"
              + " raise max_locks_per_transaction to at least ")
          .hasMessageContaining("or run with -Ddbmigrate.txnMode=per-file");
    }
    Checklist perFile = f.doctor(f.config(new DatabaseTarget(db.url(), null, null), TxnMode.PER_FILE, false));
    assertThat(perFile.checks()).extracting(Check::name).doesNotContain("one transaction's locks");
  }

  @Test
  void aConfiguredSchemaIsAskedAboutAsTheRunNamesIt() throws Exception {
    db.execute("CREATE SCHEMA app");
    db.execute("GRANT USAGE, CREATE ON SCHEMA app TO " + role);
    EngineConfig inApp = io.github.dbmigrate.engine.testing.Configs.of(asRole().target().database(),
        new io.github.dbmigrate.engine.dialect.TableName("App", "dbmigrate_versions"), java.util.List.of(f.dir),
        TxnMode.ALL, java.time.Duration.ofSeconds(5), false, f.reportDir, "tester");

    Checklist list = f.doctor(inApp);

    assertThat(list.check("create tables").found()).isEqualTo("user " + role
        + " may create tables in schema app (has_schema_privilege)");
    assertThat(list.check("history table").found()).isEqualTo("absent: the first run creates App.dbmigrate_versions");
  }

  @Test
  void historyTablesInTwoSchemasOfTheSearchPathAreAFailedCheckWithItsFix() throws Exception {
    db.execute("CREATE SCHEMA app");
    db.execute("CREATE TABLE app.dbmigrate_versions (version varchar(14))");
    db.execute("CREATE TABLE public.dbmigrate_versions (version varchar(14))");
    String database = db.url().replaceAll(".*/([^/?]+).*", "$1");
    db.execute("ALTER DATABASE " + database + " SET search_path = app, public");

    assertThatThrownBy(() -> f.doctor(f.config(db.url())))
        .hasMessageContaining("[FAIL] run as: There are 2 history tables on this session's search path")
        .hasMessageContaining("-Ddbmigrate.schema=app or -Ddbmigrate.schema=public");
  }
}
