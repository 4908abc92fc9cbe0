package io.github.dbmigrate.engine.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.dbmigrate.engine.history.AppliedVersion;
import io.github.dbmigrate.engine.history.HistoryTable;
import io.github.dbmigrate.engine.sql.SqlStatement;
import io.github.dbmigrate.engine.sql.StatementSplitter;
import io.github.dbmigrate.engine.testing.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Oracle without a server: the SQL the dialect sends, DBMS_LOCK's result codes, the fallback row
 * lock and the history table on H2's Oracle mode standing in, and SQL*Plus-style splitting.
 */
class OracleDialectTest {

  private final OracleDialect dialect = new OracleDialect();
  private final LockTarget target =
      new LockTarget("dbmigrate:FREEPDB1:APP:dbmigrate_versions", "dbmigrate_versions_lock");

  @Test
  void servesOracleUrlsAndCommitsDdlImplicitly() {
    assertThat(Dialects.forUrl("jdbc:oracle:thin:@//db:1521/FREEPDB1")).isInstanceOf(OracleDialect.class);
    assertThat(dialect.transactionalDdl()).isFalse();
    assertThat(dialect.quote("odd\"name")).isEqualTo("\"odd\"\"name\"");
  }

  @Test
  void historyTableDdlHasNoIfNotExists() {
    String ddl = dialect.createHistoryTable("dbmigrate_versions");

    assertThat(ddl).startsWith("CREATE TABLE dbmigrate_versions (").doesNotContain("IF NOT EXISTS");
    assertThat(ddl).contains("version varchar2(14) NOT NULL PRIMARY KEY",
        "applied_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP", "execution_ms number(19)");
  }

  @Test
  void historyTableIsCreatedAndUsedInH2sOracleMode() throws SQLException {
    try (TestDatabase h2 = TestDatabase.h2(";MODE=Oracle"); Connection c = h2.connect()) {
      HistoryTable history = new HistoryTable(dialect, new TableName(null, "dbm versions"));

      history.ensure(c);
      history.ensure(c); // found by the probe the second time, not created again
      history.insert(c, new AppliedVersion("20240101000000", "create-users", "sha256-lf:ab", null, 12L,
          "ci", null));

      assertThat(history.sqlName()).isEqualTo("\"dbm versions\"");
      assertThat(history.read(c).values()).singleElement().satisfies(row -> {
        assertThat(row.name()).isEqualTo("create-users");
        assertThat(row.appliedAt()).isNotNull();
      });
    }
  }

  @Test
  void tryLockRequestsAnExclusiveSessionLockWithoutWaiting() throws SQLException {
    FakeCall granted = new FakeCall(0);

    assertThat(dialect.tryLock(granted.connection(), target)).isTrue();

    assertThat(granted.sql).singleElement().asString()
        .contains("DBMS_LOCK.ALLOCATE_UNIQUE(?, handle)")
        .contains("DBMS_LOCK.REQUEST(handle, DBMS_LOCK.X_MODE, 0, FALSE)");
    assertThat(granted.parameters).containsEntry(1, target.name());
    assertThat(dialect.tryLock(new FakeCall(4).connection(), target)).isTrue();
    assertThat(dialect.tryLock(new FakeCall(1).connection(), target)).isFalse();
  }

  @Test
  void requestResultsTwoThreeAndFiveAreErrors() {
    assertThatThrownBy(() -> OracleDialect.lockGranted(2)).hasMessageContaining("returned 2: deadlock");
    assertThatThrownBy(() -> OracleDialect.lockGranted(3)).hasMessageContaining("parameter error");
    assertThatThrownBy(() -> OracleDialect.lockGranted(5)).hasMessageContaining("illegal lock handle");
  }

  @Test
  void lockNamesFitTheBytesAllowed() {
    String longName = "dbmigrate:" + "ä".repeat(100) + ":APP:dbmigrate_versions";
    String fitted = OracleDialect.lockName(new LockTarget(longName, null));

    assertThat(fitted.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(128);
    assertThat(fitted).startsWith("dbmigrate:ää").containsPattern("#[0-9a-f]{24}$");
    assertThat(OracleDialect.lockName(target)).isEqualTo(target.name());
  }

  @Test
  void withoutExecuteOnDbmsLockTheRowLockIsUsedAndHeldAgainstOthers() throws SQLException {
    try (TestDatabase h2 = TestDatabase.h2(";MODE=Oracle");
        Connection first = withoutDbmsLock(h2.connect());
        Connection second = withoutDbmsLock(h2.connect())) {
      assertThat(dialect.tryLock(first, target)).isTrue();
      assertThat(dialect.tryLock(second, target)).isFalse();

      dialect.unlock(first, target);

      assertThat(dialect.tryLock(second, target)).isTrue();
      dialect.unlock(second, target);
      assertThat(second.getAutoCommit()).isTrue();
    }
  }

  @Test
  void onlyAMissingDbmsLockLeadsToTheFallback() {
    assertThat(OracleDialect.isDbmsLockUnavailable(missingDbmsLock())).isTrue();
    assertThat(OracleDialect.isDbmsLockUnavailable(new SQLException(
        "ORA-06550: line 1, column 7:\nPLS-00201: identifier 'FOO' must be declared", "65000", 6550))).isFalse();
    assertThat(OracleDialect.isDbmsLockUnavailable(new SQLException("ORA-01017", "72000", 1017))).isFalse();
  }

  @Test
  void helpLinksAreDroppedFromMessages() {
    SQLException e = new SQLException("ORA-00942: table or view \"APP\".\"NO_SUCH_TABLE\" does not exist\n\n"
        + "https://docs.oracle.com/error-help/db/ora-00942/", "42000", 942);

    assertThat(dialect.errorMessage(e)).isEqualTo("ORA-00942: table or view \"APP\".\"NO_SUCH_TABLE\" does not exist");
  }

  @Test
  void aCompilationErrorIsReportedOnItsLineOfTheUnit() {
    SqlStatement unit = new SqlStatement("CREATE PROCEDURE p AS BEGIN nope; END;", 20);

    assertThat(dialect.failedLine(unit, new OracleCompilationError("PROCEDURE P ...", 3))).isEqualTo(22);
    assertThat(dialect.failedLine(unit, new OracleCompilationError("unknown", 0))).isEqualTo(20);
    assertThat(dialect.failedLine(unit, new SQLException("ORA-00942"))).isEqualTo(20);
  }

  @Test
  void aRealisticScriptIsSplitAsSqlPlusDoes() {
    String script = """
        CREATE TABLE users (
          id NUMBER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          email VARCHAR2(255) NOT NULL
        );

        CREATE OR REPLACE PROCEDURE add_user(p_email IN VARCHAR2) AS
        BEGIN
          INSERT INTO users (email) VALUES (p_email);
        END add_user;
        /

        INSERT INTO users (email) VALUES (q'[it's; fine]');
        BEGIN
          add_user('a@example.com');
        END;
        /
        COMMENT ON TABLE users IS 'people'
        /
        """;

    List<SqlStatement> statements = new StatementSplitter(dialect.splitRules()).split(script);

    assertThat(statements).extracting(s -> s.sql().lines().findFirst().orElseThrow(), SqlStatement::line)
        .containsExactly(
            tuple("CREATE TABLE users (", 1),
            tuple("CREATE OR REPLACE PROCEDURE add_user(p_email IN VARCHAR2) AS", 6),
            tuple("INSERT INTO users (email) VALUES (q'[it's; fine]')", 12),
            tuple("BEGIN", 13),
            tuple("COMMENT ON TABLE users IS 'people'", 17));
    assertThat(statements.get(0).sql()).endsWith(")");
    assertThat(statements.get(1).sql()).endsWith("END add_user;");
    assertThat(statements.get(3).sql()).endsWith("END;");
  }

  private static SQLException missingDbmsLock() {
    return new SQLException("ORA-06550: line 1, column 52:\nPLS-00201: identifier 'DBMS_LOCK' must be declared",
        "65000", 6550);
  }

  /** A real connection on which the DBMS_LOCK block fails as it does for a user without the grant. */
  private static Connection withoutDbmsLock(Connection real) {
    return (Connection) Proxy.newProxyInstance(OracleDialectTest.class.getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
          if (method.getName().equals("prepareCall")) {
            throw missingDbmsLock();
          }
          try {
            return method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  @Test
  void dryRunScriptsEndPlsqlUnitsAndJavaSourceWithASlashLineAsSqlPlusWants() {
    List<SqlStatement> statements = new StatementSplitter(dialect.splitRules()).split(
        "CREATE TABLE t (id NUMBER);\nCREATE OR REPLACE PROCEDURE p AS\nBEGIN\n  NULL;\nEND;\n/\n"
            + "CREATE OR REPLACE AND COMPILE JAVA SOURCE NAMED \"Hello\" AS\npublic class Hello {}\n/\n");

    assertThat(statements.stream().map(dialect::scriptText)).containsExactly(
        "CREATE TABLE t (id NUMBER);",
        "CREATE OR REPLACE PROCEDURE p AS\nBEGIN\n  NULL;\nEND;\n/",
        "CREATE OR REPLACE AND COMPILE JAVA SOURCE NAMED \"Hello\" AS\npublic class Hello {}\n/");
  }
}
