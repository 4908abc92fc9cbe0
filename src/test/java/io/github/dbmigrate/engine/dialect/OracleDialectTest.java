package io.github.dbmigrate.engine.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.history.AppliedVersion;
import io.github.dbmigrate.engine.history.HistoryTable;
import io.github.dbmigrate.engine.sql.SqlStatement;
import io.github.dbmigrate.engine.sql.StatementSplitter;
import io.github.dbmigrate.engine.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Oracle without a server: the dialect's DDL and messages, the history table on H2's Oracle mode
 * standing in, and SQL*Plus-style splitting. Its lock is tested in {@code OracleDbmsLockTest}.
 */
class OracleDialectTest {

  private final Dialect dialect = OracleDialect.create();
  /** Oracle's SQL run on H2's Oracle mode, whose failures carry H2's codes. */
  private final Dialect onH2 = dialect.with(H2Dialect.create().errors());

  @Test
  void servesOracleUrlsAndCommitsDdlImplicitly() {
    assertThat(Dialects.forUrl("jdbc:oracle:thin:@//db:1521/FREEPDB1").id()).isEqualTo("oracle");
    assertThat(dialect.execution().transactionalDdl()).isFalse();
    assertThat(dialect.history().quote("odd\"name")).isEqualTo("\"odd\"\"name\"");
  }

  @Test
  void historyTableDdlHasNoIfNotExists() {
    String ddl = dialect.history().createHistoryTable("dbmigrate_versions");

    assertThat(ddl).startsWith("CREATE TABLE dbmigrate_versions (").doesNotContain("IF NOT EXISTS");
    assertThat(ddl).contains("version varchar2(14) NOT NULL PRIMARY KEY",
        "applied_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP", "execution_ms number(19)");
  }

  @Test
  void historyTableIsCreatedAndUsedInH2sOracleMode() throws SQLException {
    try (TestDatabase h2 = TestDatabase.h2(";MODE=Oracle"); Connection c = h2.connect()) {
      HistoryTable history = new HistoryTable(onH2, new TableName(null, "dbm versions"), FrontEnd.PLAIN);

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
  void helpLinksAreDroppedFromMessages() {
    SQLException e = new SQLException("ORA-00942: table or view \"APP\".\"NO_SUCH_TABLE\" does not exist\n\n"
        + "https://docs.oracle.com/error-help/db/ora-00942/", "42000", 942);

    assertThat(dialect.errors().errorMessage(e)).isEqualTo("ORA-00942: table or view \"APP\".\"NO_SUCH_TABLE\" does not exist");
  }

  @Test
  void aCompilationErrorIsReportedOnItsLineOfTheUnit() {
    SqlStatement unit = new SqlStatement("CREATE PROCEDURE p AS BEGIN nope; END;", 20);

    assertThat(dialect.errors().failedLine(unit, new OracleCompilationError("PROCEDURE P ...", 3))).isEqualTo(22);
    assertThat(dialect.errors().failedLine(unit, new OracleCompilationError("unknown", 0))).isEqualTo(20);
    assertThat(dialect.errors().failedLine(unit, new SQLException("ORA-00942"))).isEqualTo(20);
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

    List<SqlStatement> statements = new StatementSplitter(dialect.syntax().splitRules()).split(script);

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

  @Test
  void dryRunScriptsEndPlsqlUnitsAndJavaSourceWithASlashLineAsSqlPlusWants() {
    List<SqlStatement> statements = new StatementSplitter(dialect.syntax().splitRules()).split(
        "CREATE TABLE t (id NUMBER);\nCREATE OR REPLACE PROCEDURE p AS\nBEGIN\n  NULL;\nEND;\n/\n"
            + "CREATE OR REPLACE AND COMPILE JAVA SOURCE NAMED \"Hello\" AS\npublic class Hello {}\n/\n");

    assertThat(statements.stream().map(dialect.syntax()::scriptText)).containsExactly(
        "CREATE TABLE t (id NUMBER);",
        "CREATE OR REPLACE PROCEDURE p AS\nBEGIN\n  NULL;\nEND;\n/",
        "CREATE OR REPLACE AND COMPILE JAVA SOURCE NAMED \"Hello\" AS\npublic class Hello {}\n/");
  }
}
