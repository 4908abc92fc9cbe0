package io.github.dbmigrate.engine.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.history.AppliedVersion;
import io.github.dbmigrate.engine.history.HistoryTable;
import io.github.dbmigrate.engine.sql.SqlStatement;
import io.github.dbmigrate.engine.sql.StatementSplitter;
import io.github.dbmigrate.engine.testing.H2StandIns;
import io.github.dbmigrate.engine.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SQL Server without a server: its DDL, quoting and failure lines, how scripts are cut into batches,
 * and the history table on H2's MSSQLServer mode standing in. Its lock: {@code SqlServerAppLockTest}.
 */
class SqlServerDialectTest {

  private final Dialect dialect = SqlServerDialect.create();

  @Test
  void servesSqlServerUrlsAndQuotesWithBrackets() {
    assertThat(Dialects.forUrl("jdbc:sqlserver://db:1433;databaseName=app").id()).isEqualTo("sqlserver");
    assertThat(dialect.history().quote("odd]name")).isEqualTo("[odd]]name]");
    assertThat(new TableName("my schema", "dbmigrate_versions").sql(dialect))
        .isEqualTo("[my schema].[dbmigrate_versions]");
    assertThat(dialect.execution().transactionalDdl()).isTrue();
  }

  @Test
  void historyTableIsCreatedOnlyWhenObjectIdFindsNone() {
    String ddl = dialect.history().createHistoryTable("[it's].dbmigrate_versions");

    assertThat(ddl).startsWith("IF OBJECT_ID(N'[it''s].dbmigrate_versions', N'U') IS NULL\nCREATE TABLE [it's].dbmigrate_versions (");
    assertThat(ddl).contains("version varchar(14) NOT NULL PRIMARY KEY", "name nvarchar(255)",
        "checksum varchar(100)", "applied_at datetimeoffset DEFAULT SYSDATETIMEOFFSET()",
        "execution_ms bigint", "applied_by nvarchar(255)", "environment nvarchar(100)");
  }

  /**
   * H2 lacks datetimeoffset and SYSDATETIMEOFFSET(), so a domain and a function stand in for them;
   * the rest of the CREATE TABLE runs as written, and the engine's insert and read work on it.
   */
  @Test
  void historyTableWorksInH2sMsSqlServerMode() throws SQLException {
    try (TestDatabase h2 = TestDatabase.h2(";MODE=MSSQLServer"); Connection c = h2.connect();
        Statement st = c.createStatement()) {
      st.execute("CREATE DOMAIN datetimeoffset AS TIMESTAMP WITH TIME ZONE");
      st.execute("CREATE ALIAS SYSDATETIMEOFFSET FOR '" + H2StandIns.class.getName() + ".sysDateTimeOffset'");
      HistoryTable history = new HistoryTable(dialect, new TableName(null, "dbm versions"), FrontEnd.PLAIN);
      st.execute(SqlServerDialect.historyTableDdl(history.sqlName()));

      history.ensure(c);
      history.insert(c, new AppliedVersion("20240101000000", "create-users", "sha256-lf:ab", null, 12L,
          "ci", null));
      Map<String, AppliedVersion> applied = history.read(c);

      assertThat(history.sqlName()).isEqualTo("[dbm versions]");
      assertThat(applied.values()).singleElement().satisfies(row -> {
        assertThat(row.name()).isEqualTo("create-users");
        assertThat(row.executionMs()).isEqualTo(12L);
        assertThat(row.appliedAt()).isNotNull();
      });
    }
  }

  @Test
  void anErrorLineInsideTheBatchIsCountedFromTheBatchStart() {
    assertThat(SqlServerDialect.lineInScript(10, 1, "")).isEqualTo(10);
    assertThat(SqlServerDialect.lineInScript(10, 4, null)).isEqualTo(13);
    assertThat(SqlServerDialect.lineInScript(10, 4, "usp_called")).isEqualTo(10);
    assertThat(SqlServerDialect.lineInScript(10, 0, "")).isEqualTo(10);
    assertThat(dialect.errors().failedLine(new SqlStatement("SELECT 1", 7), new SQLException("x"))).isEqualTo(7);
  }

  @Test
  void aRealisticScriptIsCutIntoBatchesOnGoLines() {
    String script = """
        -- users and their audit trigger
        CREATE TABLE [dbo].[users] (
          id int IDENTITY PRIMARY KEY,
          email nvarchar(255) NOT NULL -- ; is not a separator here
        );
        GO
        CREATE TRIGGER trg_users_audit ON [dbo].[users] AFTER INSERT AS
        BEGIN
          SET NOCOUNT ON;
          INSERT INTO audit (what) SELECT 'user ' + CAST(id AS varchar(10)) FROM inserted;
        END
        GO
        INSERT INTO [dbo].[users] (email) VALUES ('go@example.com');
        INSERT INTO [dbo].[users] (email) VALUES ('GO');
        go 2
        """;

    List<SqlStatement> batches = new StatementSplitter(dialect.syntax().splitRules()).split(script);

    assertThat(batches).extracting(s -> s.sql().lines().findFirst().orElseThrow(), SqlStatement::line)
        .containsExactly(
            tuple("CREATE TABLE [dbo].[users] (", 2),
            tuple("CREATE TRIGGER trg_users_audit ON [dbo].[users] AFTER INSERT AS", 7),
            tuple("INSERT INTO [dbo].[users] (email) VALUES ('go@example.com');", 13),
            tuple("INSERT INTO [dbo].[users] (email) VALUES ('go@example.com');", 13));
    assertThat(batches.get(1).sql()).endsWith("END");
    assertThat(batches.get(2).sql()).endsWith("VALUES ('GO');");
  }

  @Test
  void dryRunScriptsPutEachStatementInABatchOfItsOwnAsSqlcmdWants() {
    List<SqlStatement> statements = new StatementSplitter(dialect.syntax().splitRules()).split(
        "CREATE TABLE t (id int)\nGO\nCREATE PROCEDURE p AS\nBEGIN\n  SELECT 1;\nEND\nGO\n");

    assertThat(statements.stream().map(dialect.syntax()::scriptText)).containsExactly(
        "CREATE TABLE t (id int)\nGO", "CREATE PROCEDURE p AS\nBEGIN\n  SELECT 1;\nEND\nGO");
  }

  @Test
  void loginToAMissingDatabaseIsRecognisedByItsErrorNumber() {
    assertThat(dialect.errors().databaseMissing(new SQLException("Cannot open database \"app\" requested by the login.",
        "S0001", 4060))).isTrue();
    assertThat(dialect.errors().databaseMissing(new SQLException("Login failed for user 'app'.", "S0001", 18456))).isFalse();
  }
}
