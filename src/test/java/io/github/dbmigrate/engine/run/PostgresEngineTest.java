package io.github.dbmigrate.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.TxnMode;
import io.github.dbmigrate.engine.event.EngineEvent.Kind;
import io.github.dbmigrate.engine.testing.NeedsDatabaseServer;
import io.github.dbmigrate.engine.testing.TestDatabase;
import io.github.dbmigrate.maven.MavenFrontEnd;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The scenario on a real PostgreSQL server, where DDL is transactional. */
@NeedsDatabaseServer
class PostgresEngineTest extends EngineScenarioTest {

  @Override
  String productAndVersionStart() {
    return "PostgreSQL 1";
  }


  @Override
  TestDatabase createDatabase() {
    return TestDatabase.postgres();
  }

  @Override
  int itemsAfterFailedAllMode() {
    return -1;
  }

  @Override
  String sleepStatement(int millis) {
    return "SELECT pg_sleep(" + millis / 1000.0 + ");";
  }

  @ParameterizedTest
  @EnumSource(TxnMode.class)
  void eachMigrationStartsFromTheSearchPathAndRoleTheRunStartedWith(TxnMode mode) throws Exception {
    String role = "dbm_role_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    db.execute("CREATE ROLE " + role);
    try {
      write(V1 + "_elsewhere.up.sql", "CREATE SCHEMA other;\nSET search_path TO other;\n"
          + "CREATE TABLE in_other (id int);\nSET ROLE " + role + ";\n");
      write(V2 + "_plain.up.sql", "CREATE TABLE plain (id int);\n");

      migrator(mode).up();

      // Where a run of V2 on its own puts it: in public, owned by the user the run connected as.
      assertThat(db.tableExists("other.in_other")).isTrue();
      assertThat(db.tableExists("public.plain")).isTrue();
      assertThat(db.tableExists("other.plain")).isFalse();
      assertThat(db.column("SELECT tableowner = session_user FROM pg_tables WHERE tablename = 'plain'"))
          .containsExactly("t");
      assertThat(versions()).containsExactly(V1, V2);
    } finally {
      db.execute("DROP ROLE " + role);
    }
  }

  @ParameterizedTest
  @EnumSource(TxnMode.class)
  void aMigrationsSetSessionAuthorizationDoesNotOutliveItsFile(TxnMode mode) throws Exception {
    String other = "dbm_auth_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    db.execute("CREATE ROLE " + other);
    db.execute("GRANT CREATE ON SCHEMA public TO " + other);
    try {
      write(V1 + "_as-other.up.sql", "SET SESSION AUTHORIZATION " + other + ";\nCREATE TABLE theirs (id int);\n");
      write(V2 + "_plain.up.sql", "CREATE TABLE plain (id int);\n");

      migrator(mode).up();

      // The version rows are written, and V2 runs, as the user the run connected as.
      assertThat(versions()).containsExactly(V1, V2);
      assertThat(db.column("SELECT tablename || ' ' || (tableowner = session_user) FROM pg_tables"
          + " WHERE tablename IN ('theirs', 'plain') ORDER BY 1")).containsExactly("plain true", "theirs false");
    } finally {
      db.execute("DROP TABLE IF EXISTS theirs");
      db.execute("REVOKE CREATE ON SCHEMA public FROM " + other);
      db.execute("DROP ROLE " + other);
    }
  }

  @Test
  void aRunThatCannotGetTheLockGivesUpNamingTheHolderAndChangesNothing() throws Exception {
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    String lockName = "dbmigrate:" + db.url().replaceAll(".*/([^/?]+).*", "$1") + ":public:dbmigrate_versions";
    try (Connection holder = db.connect();
        PreparedStatement st = holder.prepareStatement("SELECT pg_advisory_lock(?)")) {
      st.setLong(1, io.github.dbmigrate.engine.lock.LockTestAccess.postgresLockKey(lockName));
      st.execute();
      // The same table spelt in another case is the same lock.
      var config = io.github.dbmigrate.engine.testing.Configs.of(config(TxnMode.ALL).target().database(),
          new io.github.dbmigrate.engine.dialect.TableName(null, "DbMigrate_Versions"),
          config(TxnMode.ALL).sources().dirs(), TxnMode.ALL, Duration.ofMillis(700), false, dir, "tester");

      assertThatThrownBy(() -> new Migrator(config, listener).up())
          .hasMessageContaining("Gave up waiting for the migration lock after 700 ms")
          .hasMessageContaining("pid ");
    }
    assertThat(listener.saw(Kind.LOCK_WAITING)).isTrue();
    assertThat(db.tableExists("a")).isFalse();
  }

  @Test
  void aScriptThatSetsStandardConformingStringsOffIsReadAsPsqlReadsItAndTheSettingHoldsForLaterFiles()
      throws Exception {
    write(V1 + "_quotes.up.sql", "SET standard_conforming_strings = off;\nCREATE TABLE quotes (id int, v text);\n"
        + "INSERT INTO quotes VALUES (1, 'it\\'s; here');\nINSERT INTO quotes VALUES (2, E'tab\\there');\n");
    // The server keeps the session's setting for the next file, and so does the splitter (outside
    // parentheses, where psql ends a statement at the ; it sees).
    write(V2 + "_more.up.sql", "INSERT INTO quotes SELECT 3, 'and\\'s; there';\n");

    for (TxnMode mode : new TxnMode[] {TxnMode.ALL, TxnMode.PER_FILE}) {
      migrator(mode).up();

      assertThat(db.column("SELECT v FROM quotes ORDER BY id")).as(mode.label())
          .containsExactly("it's; here", "tab\there", "and's; there");
      assertThat(versions()).containsExactly(V1, V2);
      db.execute("DROP TABLE quotes");
      db.execute("DELETE FROM dbmigrate_versions");
    }
  }

  @Test
  void aCommitThatAnEarlierFilesStandardConformingStringsLaysBareIsRefusedBeforeAnythingRuns() throws Exception {
    write(V1 + "_off.up.sql", "SET standard_conforming_strings = off;\nCREATE TABLE t (v text);\n");
    // With the setting on, one SELECT of two strings; with it off (as the run splits it, after V1),
    // a SELECT, a COMMIT and another SELECT.
    write(V2 + "_sneak.up.sql", "INSERT INTO t SELECT 'a\\', ' ; COMMIT; INSERT INTO t SELECT ' AS x; -- '\n");

    assertThatThrownBy(() -> migrator(TxnMode.ALL).up())
        .isInstanceOf(io.github.dbmigrate.engine.MalformedFiles.class)
        .hasMessageContaining(V2 + "_sneak.up.sql line 1:")
        .hasMessageContaining("the script's own transaction control");
    assertThat(db.tableExists("t")).isFalse();
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "SELECT set_config('standard_conforming_strings', 'off', false);\n",
      "SET standard_conforming_strings = off;\nRESET standard_conforming_strings;\n"})
  void aStatementTheDriverWouldSplitWhereTheSplitterDidNotIsNeverSent(String change) throws Exception {
    // Before V2, the session's setting differs from what the splitter believes: set_config is not
    // followed; RESET goes back to the session's default, not to V2's starting value. The driver
    // splits a statement at the ; it sees, with the session's setting: here a COMMIT would run.
    String first = change.startsWith("SET") ? "SET standard_conforming_strings = off;\n" : change;
    write(V1 + "_change.up.sql", first + "CREATE TABLE t (v text);\n");
    // The COMMIT is inside a string as the splitter reads it, outside as the session does.
    write(V2 + "_sneak.up.sql", change.startsWith("SET")
        ? "RESET standard_conforming_strings;\nSELECT 'a\\' ; COMMIT ; INSERT INTO t SELECT ' AS x -- '\n;\n"
        : "SELECT 'a\\', ' ; COMMIT ; INSERT INTO t SELECT ' AS x -- '\n;\n");
    write(V3 + "_fails.up.sql", "SELECT 1/0;\n");

    assertThatThrownBy(() -> migrator(TxnMode.ALL).up())
        .hasMessageContaining(V2 + "_sneak.up.sql line " + (change.startsWith("SET") ? 2 : 1) + ":")
        .hasMessageContaining("standard_conforming_strings");
    assertThat(db.tableExists("t")).isFalse();
  }

  @Test
  void aDatabaseWhoseStandardConformingStringsIsOffHasItsScriptsReadThatWay() throws Exception {
    db.execute("ALTER DATABASE " + db.column("SELECT current_database()").get(0)
        + " SET standard_conforming_strings = off");
    write(V1 + "_quotes.up.sql", "CREATE TABLE quotes (v text);\nINSERT INTO quotes VALUES ('it\\'s; here');\n"
        + "SET standard_conforming_strings = on;\nINSERT INTO quotes VALUES ('C:\\');\n");

    migrator(TxnMode.ALL).up();

    assertThat(db.column("SELECT v FROM quotes ORDER BY v")).containsExactly("C:\\", "it's; here");
  }

  @Test
  void anErrorInsideALongStatementNamesItsExactLineAndTheServersWords() throws Exception {
    write(V1 + "_long.up.sql", "-- a comment\nCREATE TABLE t (id int);\nINSERT INTO t (id)\nSELECT id\nFROM no_such_table;\n");

    assertThatThrownBy(() -> migrator(TxnMode.ALL).up())
        .hasMessageContaining(V1 + "_long.up.sql line 5: ERROR 42P01 relation \"no_such_table\" does not exist");
  }

  @Test
  void realPostgresScriptsRunAsPsqlWouldRunThem() throws Exception {
    write(V1 + "_plpgsql.up.sql", """
        CREATE TABLE prices (id int PRIMARY KEY, amount numeric NOT NULL);
        CREATE FUNCTION positive() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.amount < 0 THEN
            RAISE EXCEPTION 'negative price; refused';
          END IF;
          RETURN NEW;
        END;
        $$;
        CREATE TRIGGER prices_positive BEFORE INSERT ON prices FOR EACH ROW EXECUTE FUNCTION positive();
        COPY prices (id, amount) FROM STDIN;
        1	9.50
        2	12.00
        \\.
        DO $body$ BEGIN INSERT INTO prices VALUES (3, 1); END $body$;
        """);

    migrator(TxnMode.ALL).up();

    assertThat(db.column("SELECT amount FROM prices ORDER BY id")).containsExactly("9.50", "12.00", "1");
    write(V2 + "_negative.up.sql", "INSERT INTO prices VALUES (4, 2);\nINSERT INTO prices VALUES (5, -1);\n");
    assertThatThrownBy(() -> migrator(TxnMode.ALL).up())
        .hasMessageContaining(V2 + "_negative.up.sql line 2: ERROR P0001 negative price; refused");
    assertThat(db.column("SELECT count(*) FROM prices")).containsExactly("3");
  }

  @Test
  void aFailureAtCommitIsExplainedInEachTransactionalMode() throws Exception {
    write(V1 + "_tables.up.sql", "CREATE TABLE parent (id int PRIMARY KEY);\n"
        + "CREATE TABLE child (parent_id int REFERENCES parent DEFERRABLE INITIALLY DEFERRED);\n");
    write(V2 + "_orphan.up.sql", "INSERT INTO child VALUES (1);\n");

    assertThatThrownBy(() -> migrator(TxnMode.ALL).up())
        .hasMessageContaining("Committing the run's transaction failed: ERROR 23503")
        .hasMessageContaining("Nothing of this run was applied");
    assertThat(db.tableExists("parent")).isFalse();

    assertThatThrownBy(() -> migrator(TxnMode.PER_FILE).up())
        .hasMessageContaining(V2 + "_orphan.up.sql: committing it failed: ERROR 23503")
        .hasMessageContaining("1 earlier migration(s) of this run stay applied and recorded");
    assertThat(versions()).containsExactly(V1);
  }

  @Test
  void perFileSendsAMigrationInOneFlightAndStillNamesTheLineTheServerRefused() throws Exception {
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);\nINSERT INTO a VALUES (1);\n");
    write(V2 + "_b.up.sql", "CREATE TABLE b (id int);\n-- the value is wrong\nINSERT INTO b\n"
        + "VALUES ('not a number');\nCREATE TABLE c (id int);\n");

    assertThatThrownBy(() -> migrator(TxnMode.PER_FILE).up())
        .hasMessageContaining(V2 + "_b.up.sql line 4: ERROR 22P02")
        .hasMessageContaining("1 earlier migration(s) of this run stay applied");

    assertThat(versions()).containsExactly(V1);
    assertThat(db.tableExists("a")).isTrue();
    assertThat(db.tableExists("b")).isFalse();
  }

  @Test
  void perFileRecordsEachVersionWithItsNameChecksumAndServerTimedDuration() throws Exception {
    write(V1 + "_o'neil.up.sql", "CREATE TABLE a (id int);\nSELECT pg_sleep(0.05);\n");
    write(V2 + "_back\\slash.up.sql", "CREATE TABLE b (id int);\nDO $$ BEGIN PERFORM pg_sleep(0.05); END $$;\n");

    migrator(TxnMode.PER_FILE).up();

    assertThat(db.column("SELECT name FROM dbmigrate_versions ORDER BY version"))
        .containsExactly("o'neil", "back\\slash");
    assertThat(db.column("SELECT checksum FROM dbmigrate_versions")).allMatch(c -> c.startsWith("sha256-lf:"));
    assertThat(db.column("SELECT applied_by FROM dbmigrate_versions")).containsOnly("tester");
    assertThat(db.column("SELECT execution_ms FROM dbmigrate_versions ORDER BY version"))
        .allMatch(ms -> Long.parseLong(ms) >= 50 && Long.parseLong(ms) < 30_000);
    assertThat(db.column("SELECT count(*) FROM dbmigrate_versions"
        + " WHERE applied_at > now() - interval '1 minute'")).containsExactly("2");
  }

  /** V1 and V2 each create a table; a CHECK on the history table refuses V2's row. */
  private void writeTwoMigrationsWhoseSecondVersionIsRefused() throws Exception {
    migrator(TxnMode.ALL).up(); // creates the history table
    db.execute("ALTER TABLE dbmigrate_versions ADD CONSTRAINT no_v2 CHECK (version <> '" + V2 + "')");
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    write(V2 + "_b.up.sql", "CREATE TABLE b (id int);");
  }

  @Test
  void perFileSaysWhenAVersionCannotBeRecordedAndRollsThatFileBack() throws Exception {
    writeTwoMigrationsWhoseSecondVersionIsRefused();

    assertThatThrownBy(() -> migrator(TxnMode.PER_FILE).up())
        .hasMessageContaining(V2 + "_b.up.sql: cannot record the version in")
        .hasMessageContaining("no_v2")
        .hasMessageContaining("ERROR 23514") // the server's words, as for a failed statement
        .hasMessageContaining("This file was rolled back; 1 earlier migration(s) of this run stay applied");

    assertThat(versions()).containsExactly(V1);
    assertThat(db.tableExists("b")).isFalse();
  }

  @Test
  void perFileDownRemovesTheVersionInTheSameFlightAsTheScript() throws Exception {
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    write(V1 + "_a.down.sql", "DROP TABLE a;");
    write(V2 + "_b.up.sql", "CREATE TABLE b (id int);");
    write(V2 + "_b.down.sql", "DROP TABLE b;\nDROP TABLE no_such_table;");
    migrator(TxnMode.PER_FILE).up();

    assertThatThrownBy(() -> migrator(TxnMode.PER_FILE).down(2, null))
        .hasMessageContaining(V2 + "_b.down.sql line 2: ERROR 42P01");
    assertThat(versions()).containsExactly(V1, V2);
    assertThat(db.tableExists("b")).isTrue();

    write(V2 + "_b.down.sql", "DROP TABLE b;");
    migrator(TxnMode.PER_FILE).down(2, null);
    assertThat(versions()).isEmpty();
    assertThat(db.tableExists("a")).isFalse();
  }

  @Test
  void inModeAllVersionsThatCannotBeRecordedRollTheWholeRunBack() throws Exception {
    writeTwoMigrationsWhoseSecondVersionIsRefused();

    assertThatThrownBy(() -> migrator(TxnMode.ALL).up())
        .hasMessageContaining("Cannot record the versions of this run in")
        .hasMessageContaining("ERROR 23514")
        .hasMessageContaining("no_v2")
        .hasMessageContaining("Nothing of this run was applied");

    assertThat(db.tableExists("a")).isFalse();
    assertThat(versions()).isEmpty();
  }

  @Test
  void aDownThatFailsSaysItsVersionStaysRecorded() throws Exception {
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    write(V1 + "_a.down.sql", "DROP TABLE a;\nDROP TABLE nonexistent;");
    migrator(TxnMode.ALL).up();

    assertThatThrownBy(() -> migrator(TxnMode.NONE).down(1, null))
        .hasMessageContaining(V1 + "_a.down.sql line 2")
        .hasMessageContaining("its version stays recorded")
        .hasMessageContaining("run dbmigrate:down again");
    assertThat(versions()).containsExactly(V1);
  }

  @Test
  void aRedoThatFailsNamesRedoAsTheGoalToRunAgain() throws Exception {
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    write(V1 + "_a.down.sql", "DROP TABLE a;");
    migrator(TxnMode.ALL).up();
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);\nCREATE TABLE a (id int);");

    assertThatThrownBy(() -> new Redo(config(TxnMode.ALL), listener).run(1))
        .hasMessageContaining(V1 + "_a.up.sql line 2")
        .hasMessageContaining("run dbmigrate:redo again");
    assertThat(db.tableExists("a")).isTrue();
    assertThat(versions()).containsExactly(V1);
  }

  @Test
  void aMigrationThatEmptiesTheSearchPathStillRecordsItsVersion() throws Exception {
    // pg_dump writes this line at the top of every dump.
    write(V1 + "_dump.up.sql", "SELECT pg_catalog.set_config('search_path', '', false);\n"
        + "CREATE TABLE public.dumped (id int);\n");
    write(V2 + "_next.up.sql", "CREATE TABLE public.next (id int);\n");

    migrator(TxnMode.ALL).up();

    assertThat(versions()).containsExactly(V1, V2);
    assertThat(db.tableExists("dumped")).isTrue();
  }

  @Test
  void theLockIsReleasedWhenTheRunEnds() throws Exception {
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    migrator(TxnMode.ALL).up();
    try (Connection c = db.connect(); ResultSet rs = c.createStatement()
        .executeQuery("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
            // other builds may share the server: count only this test's database
            + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")) {
      rs.next();
      assertThat(rs.getInt(1)).isZero();
    }
  }

  @org.junit.jupiter.api.Test
  void theTargetLineNamesTheServersUserSchemaAndHistoryTable() throws Exception {
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    migrator(io.github.dbmigrate.engine.TxnMode.PER_FILE).status();
    org.assertj.core.api.Assertions.assertThat(listener.messages(io.github.dbmigrate.engine.event.EngineEvent.Kind.TARGET))
        .singleElement().asString().endsWith(") as postgres, schema public, history table public.dbmigrate_versions.");
  }
}
