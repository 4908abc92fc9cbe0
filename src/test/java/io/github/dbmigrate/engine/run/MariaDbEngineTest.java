package io.github.dbmigrate.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.TxnMode;
import io.github.dbmigrate.engine.db.DatabaseTarget;
import io.github.dbmigrate.engine.db.ServerWait;
import io.github.dbmigrate.engine.event.EngineEvent.Kind;
import io.github.dbmigrate.engine.lock.LockTestAccess;
import io.github.dbmigrate.engine.testing.Configs;
import io.github.dbmigrate.engine.testing.NeedsDatabaseServer;
import io.github.dbmigrate.engine.testing.TestDatabase;
import io.github.dbmigrate.maven.MavenFrontEnd;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The scenario on a real MariaDB server (the MySQL dialect), where DDL commits implicitly: a failed
 * run can leave tables behind, and the engine must say which statements had run.
 */
@NeedsDatabaseServer
class MariaDbEngineTest extends EngineScenarioTest {

  @Override
  String productAndVersionStart() {
    return "MariaDB 1";
  }


  @Override
  TestDatabase createDatabase() {
    return TestDatabase.mariadb();
  }

  /** CREATE TABLE items committed itself; the inserts and the version row were rolled back. */
  @Override
  int itemsAfterFailedAllMode() {
    return 0;
  }

  @Override
  String sleepStatement(int millis) {
    return "DO SLEEP(" + millis / 1000.0 + ");";
  }

  /** information_schema spans every database on the server, so this test's one is named. */
  @Override
  String historyColumnCountSql() {
    return "SELECT count(*) FROM information_schema.columns"
        + " WHERE table_schema = DATABASE() AND table_name = 'dbmigrate_versions'";
  }

  @Test
  void implicitCommitsAreAnnouncedAndTheLinesThatRanAreListed() throws Exception {
    write(V1 + "_tables.up.sql", "CREATE TABLE a (id int);\nCREATE TABLE b (id int);\nCREATE TABLE a (id int);\n");

    assertThatThrownBy(() -> migrator(TxnMode.ALL).up())
        .hasMessageContaining(V1 + "_tables.up.sql line 3: Table 'a' already exists")
        .hasMessageContaining("MySQL/MariaDB commits DDL implicitly")
        .hasMessageContaining("(starting on lines 1, 2) may remain applied")
        .hasMessageContaining("The history is as it was before this run")
        .hasMessageContaining("Finish or undo those statements by hand");

    assertThat(listener.messages(Kind.NOTE)).singleElement().asString()
        .contains("MySQL/MariaDB commits DDL implicitly");
    assertThat(db.tableExists("a")).isTrue();
    assertThat(db.tableExists("b")).isTrue();
    assertThat(versions()).isEmpty();
  }

  @Test
  void aRollbackInAnAnonymousBlockIsRefusedBeforeAnythingRuns() throws Exception {
    db.execute("CREATE TABLE t (id int) ENGINE=InnoDB");
    write(V1 + "_seed.up.sql", "INSERT INTO t VALUES (1);\n");
    // BEGIN NOT ATOMIC runs now, in the file's transaction: its ROLLBACK would undo the insert, and the
    // version row, written after it, would record a migration that left nothing.
    write(V2 + "_guarded.up.sql", "INSERT INTO t VALUES (2);\nBEGIN NOT ATOMIC\n  IF (SELECT count(*) FROM t) > 1 THEN\n"
        + "    ROLLBACK;\n  END IF;\nEND;\n");

    assertThatThrownBy(() -> migrator(TxnMode.PER_FILE).up())
        .hasMessageContaining(V2 + "_guarded.up.sql line 4: `ROLLBACK;` is the script's own transaction control");
    assertThat(db.column("SELECT count(*) FROM t")).containsExactly("0");
    assertThat(versions()).isEmpty();
  }

  /** A table, a row in it, and a third migration whose second statement fails. */
  private void writeProductsSeedAndBroken() throws IOException {
    write(V1 + "_create-products.up.sql", "CREATE TABLE products (id int PRIMARY KEY, name varchar(50));\n");
    write(V2 + "_seed-products.up.sql", "INSERT INTO products VALUES (1, 'tea');\n");
    write(V3 + "_broken.up.sql", "INSERT INTO products VALUES (2, 'milk');\nSELECT * FROM no_such_table;\n");
  }

  @Test
  void withoutAModeEachMigrationCommitsWithItsVersionSoTheNextRunGoesOn() throws Exception {
    writeProductsSeedAndBroken();

    assertThatThrownBy(() -> migratorWithDefaultMode().up())
        .hasMessageContaining(V3 + "_broken.up.sql line 2:")
        .hasMessageContaining("2 earlier migration(s) of this run stay applied and recorded");

    assertThat(db.tableExists("products")).isTrue();
    assertThat(versions()).containsExactly(V1, V2);
    assertThat(listener.messages(Kind.NOTE)).contains("dbmigrate.txnMode=per-file (MySQL/MariaDB commits DDL"
        + " implicitly, so one transaction could not take a failed run back; set -Ddbmigrate.txnMode=all"
        + " to run all migrations in one transaction anyway).");

    write(V3 + "_broken.up.sql", "INSERT INTO products VALUES (2, 'milk');\n");
    migratorWithDefaultMode().up();
    assertThat(versions()).containsExactly(V1, V2, V3);
    assertThat(db.column("SELECT name FROM products ORDER BY id")).containsExactly("tea", "milk");
  }

  @Test
  void modeAllGivenAnywayListsTheEarlierMigrationsWhoseVersionsRolledBack() throws Exception {
    writeProductsSeedAndBroken();

    assertThatThrownBy(() -> migrator(TxnMode.ALL).up())
        .hasMessageContaining(V3 + "_broken.up.sql line 2:")
        .hasMessageContaining("These migrations of this run ran, but their versions were rolled back, so"
            + " their DDL (and what ran before it) may remain applied: " + V1 + "_create-products.up.sql, "
            + V2 + "_seed-products.up.sql.")
        .hasMessageContaining("Finish or undo those statements by hand");

    assertThat(db.tableExists("products")).isTrue();
    assertThat(versions()).isEmpty();
  }

  @Test
  void aVersionRowTheHistoryTableRefusesListsTheStatementsOfTheFileThatStayApplied() throws Exception {
    // A latin1 database: the history table is created in it, and its name column cannot hold "ł".
    db.execute("ALTER DATABASE CHARACTER SET latin1");
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);\n");
    write(V2 + "_półki.up.sql", "CREATE TABLE shelves (id int);\nINSERT INTO shelves VALUES (1);\n");

    assertThatThrownBy(() -> migratorWithDefaultMode().up())
        .hasMessageContaining(V2 + "_półki.up.sql: cannot record the version in")
        .hasMessageContaining("Incorrect string value")
        .hasMessageContaining("MySQL/MariaDB commits DDL implicitly. Statements of this file that had already"
            + " run (starting on lines 1, 2) may remain applied. In the history, the version was not recorded."
            + " 1 earlier migration(s) of this run stay applied and recorded.")
        .hasMessageContaining("then finish or undo those statements by hand: finished, record the version with"
            + " mvn dbmigrate:mark -Ddbmigrate.version=" + V2 + "; undone, run dbmigrate:up again.");

    assertThat(db.tableExists("shelves")).isTrue();
    assertThat(versions()).containsExactly(V1);
  }

  @Test
  void aVersionRowThatCannotBeDeletedListsTheStatementsOfTheDownScriptThatStayApplied() throws Exception {
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);\n");
    write(V1 + "_a.down.sql", "DROP TABLE a;\n");
    migrator(TxnMode.PER_FILE).up();
    db.execute("CREATE TRIGGER keep_history BEFORE DELETE ON dbmigrate_versions FOR EACH ROW"
        + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'history rows are kept'");

    assertThatThrownBy(() -> migrator(TxnMode.PER_FILE).down(1, null))
        .hasMessageContaining(V1 + "_a.down.sql: cannot remove the version in")
        .hasMessageContaining("history rows are kept")
        .hasMessageContaining("Statements of this file that had already run (starting on lines 1) may remain"
            + " applied. In the history, its version stays recorded.")
        .hasMessageContaining("finished, remove the version with mvn dbmigrate:unmark -Ddbmigrate.version=" + V1);

    assertThat(db.tableExists("a")).isFalse();
    assertThat(versions()).containsExactly(V1);
  }

  @ParameterizedTest
  @EnumSource(TxnMode.class)
  void eachMigrationStartsInTheDatabaseTheRunStartedIn(TxnMode mode) throws Exception {
    String home = db.column("SELECT DATABASE()").get(0);
    String other = home + "_other";
    db.execute("CREATE DATABASE " + other);
    try {
      write(V1 + "_elsewhere.up.sql", "USE " + other + ";\nCREATE TABLE in_other (id int);\n");
      write(V2 + "_plain.up.sql", "CREATE TABLE plain (id int);\n");

      migrator(mode).up();

      // Where a run of V2 on its own puts it: in the database of the URL.
      assertThat(db.tableExists(other + ".in_other")).isTrue();
      assertThat(db.tableExists(home + ".plain")).isTrue();
      assertThat(db.tableExists(other + ".plain")).isFalse();
      assertThat(versions()).containsExactly(V1, V2);
    } finally {
      db.execute("DROP DATABASE IF EXISTS " + other);
    }
  }

  @Test
  void aStoredProcedureWrittenWithDelimiterIsSentAsOneStatement() throws Exception {
    write(V1 + "_proc.up.sql", """
        CREATE TABLE log (n int);
        DELIMITER //
        CREATE PROCEDURE add_two(IN x int)
        BEGIN
          INSERT INTO log VALUES (x);
          INSERT INTO log VALUES (x + 1);
        END //
        DELIMITER ;
        CALL add_two(5);
        """);

    migrator(TxnMode.PER_FILE).up();

    assertThat(db.column("SELECT n FROM log ORDER BY n")).containsExactly("5", "6");
  }

  @Test
  void aJdbcMysqlUrlIsServedByTheCarriedDriver() throws Exception {
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    EngineConfig mariadb = config(TxnMode.ALL);
    String mysqlUrl = db.url().replaceFirst("^jdbc:mariadb:", "jdbc:mysql:");
    EngineConfig mysql = Configs.of(new DatabaseTarget(mysqlUrl, null, null), mariadb.target().table(),
        mariadb.sources().dirs(), TxnMode.ALL, mariadb.options().lockTimeout(), false,
        mariadb.outputs().reportDir(), "tester");

    new Migrator(mysql, listener).up();

    assertThat(versions()).containsExactly(V1);
  }

  @Test
  void aRunThatCannotGetTheLockGivesUpNamingTheHolderAndChangesNothing() throws Exception {
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    try (Connection holder = db.connect();
        PreparedStatement st = holder.prepareStatement("SELECT GET_LOCK(?, 0)")) {
      st.setString(1, lockName(holder));
      st.execute();
      EngineConfig base = config(TxnMode.ALL);
      EngineConfig impatient = Configs.of(base.target().database(), base.target().table(),
          base.sources().dirs(), TxnMode.ALL, Duration.ofMillis(700), false, dir, "tester");

      assertThatThrownBy(() -> new Migrator(impatient, listener).up())
          .hasMessageContaining("Gave up waiting for the migration lock after 700 ms")
          .hasMessageMatching("(?s).*held by connection id \\d+ \\(user root, client .*");
    }
    assertThat(listener.messages(Kind.LOCK_WAITING)).first().asString().contains("connection id");
    assertThat(db.tableExists("a")).isFalse();
  }

  @Test
  void theLockIsReleasedWhenTheRunEnds() throws Exception {
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    migrator(TxnMode.ALL).up();
    try (Connection c = db.connect(); PreparedStatement st = c.prepareStatement("SELECT IS_FREE_LOCK(?)")) {
      st.setString(1, lockName(c));
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(1);
      }
    }
  }

  /** The lock name the engine derives, from a connection to the same database. */
  private static String lockName(Connection c) throws SQLException {
    // The engine names the lock after the catalog alone where the driver reports no schema.
    String schema = c.getSchema();
    return LockTestAccess.mysqlLockName("dbmigrate:" + c.getCatalog() + (schema == null ? "" : ":" + schema)
        + ":dbmigrate_versions");
  }

  @Test
  void aMissingDatabaseIsNamedByUpAndWaitAndCreatedWhenAsked() throws Exception {
    String name = "dbm_created_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    String url = db.url().replaceFirst("(jdbc:(?:mariadb|mysql)://[^/?]+)/[^?]*", "$1/" + name);
    EngineConfig missing = Configs.of(new DatabaseTarget(url, null, null), config(TxnMode.ALL).target().table(),
        List.of(dir), TxnMode.ALL, Duration.ofSeconds(5), false, dir.resolve("report"), "tester");
    write(V1 + "_a.up.sql", "CREATE TABLE a (id int);");
    try {
      assertThatThrownBy(() -> new Migrator(missing, listener).up())
          .hasMessageContaining("/" + name).hasMessageContaining(" does not exist: ")
          .hasMessageContaining("Create it, or point dbmigrate.url at an existing database");
      ServerWait.await(missing, Duration.ofSeconds(5), listener);
      assertThat(listener.messages(Kind.SUMMARY)).last().asString().contains("database does not exist yet");

      new Migrator(missing.withOptions(missing.options().withCreateDatabase(true)), listener).up();

      assertThat(listener.messages(Kind.NOTE))
          .contains("Created the database " + name + " (dbmigrate.createDatabase).");
      try (Connection c = DriverManager.getConnection(url)) {
        c.createStatement().executeQuery("SELECT * FROM a").close();
      }
    } finally {
      try (Connection c = DriverManager.getConnection(TestDatabase.mariadbAdminUrl())) {
        c.createStatement().execute("DROP DATABASE IF EXISTS " + name);
      }
    }
  }
}
