package io.github.dbmigrate.engine.doctor;

import static io.github.dbmigrate.engine.doctor.DoctorFixture.V1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.dbmigrate.engine.testing.NeedsDatabaseServer;
import io.github.dbmigrate.engine.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * doctor's catalog questions on Oracle ({@code SESSION_PRIVS}, {@code DBMS_LOCK}) and SQL Server
 * ({@code HAS_PERMS_BY_NAME}), run only when {@code DBMIGRATE_TEST_ORACLE_URL} or {@code
 * DBMIGRATE_TEST_SQLSERVER_URL} names an administrator's URL, as the engine's server tests are.
 */
@NeedsDatabaseServer
class OracleSqlServerDoctorTest {

  @TempDir
  Path temp;

  @Test
  void aFreshOracleUserWithCreateTablePassesAndItsLockIsNamed() throws Exception {
    String admin = TestDatabase.setting("dbmigrate.test.oracleUrl", "DBMIGRATE_TEST_ORACLE_URL", null);
    assumeTrue(admin != null, "no Oracle server: set DBMIGRATE_TEST_ORACLE_URL");
    DoctorFixture f = new DoctorFixture(temp);
    f.write(V1 + "_t.up.sql", "CREATE TABLE t (id NUMBER(10) PRIMARY KEY);");
    try (TestDatabase db = TestDatabase.oracle(admin)) {
      Checklist list = f.doctor(f.config(db.url()));

      assertThat(list.passed()).as(DoctorFixture.lines(list)).isTrue();
      assertThat(list.check("create tables").found()).endsWith("(SESSION_PRIVS)");
      assertThat(list.check("lock").found()).matches("free: taken and released at once\\..*"
          + "|the lock table .* does not exist yet.*");
    }
  }

  @Test
  void theSqlServerAdministratorMayCreateTablesAndTakeTheLock() throws Exception {
    String admin = TestDatabase.setting("dbmigrate.test.sqlserverUrl", "DBMIGRATE_TEST_SQLSERVER_URL", null);
    assumeTrue(admin != null, "no SQL Server: set DBMIGRATE_TEST_SQLSERVER_URL");
    DoctorFixture f = new DoctorFixture(temp);
    f.write(V1 + "_t.up.sql", "CREATE TABLE t (id int PRIMARY KEY);");
    try (TestDatabase db = TestDatabase.sqlServer(admin)) {
      Checklist list = f.doctor(f.config(db.url()));

      assertThat(list.passed()).as(DoctorFixture.lines(list)).isTrue();
      assertThat(list.check("create tables").found()).endsWith("(HAS_PERMS_BY_NAME)");
      assertThat(list.check("lock").found()).isEqualTo("free: taken and released at once.");
    }
  }
}
