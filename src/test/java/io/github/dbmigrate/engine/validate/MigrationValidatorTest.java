package io.github.dbmigrate.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.MalformedFiles;
import io.github.dbmigrate.engine.event.EngineEvent.Kind;
import io.github.dbmigrate.engine.testing.RecordingListener;
import io.github.dbmigrate.maven.MavenFrontEnd;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationValidatorTest {

  @TempDir Path dir;
  RecordingListener listener = new RecordingListener();

  private void write(String name, String sql) throws Exception {
    Files.writeString(dir.resolve(name), sql);
  }

  private MigrationValidator.Result validate(String dialect) {
    return new MigrationValidator(ScriptRules.choose(dialect, null, MavenFrontEnd.INSTANCE), listener,
        MavenFrontEnd.INSTANCE).validate(List.of(dir));
  }

  @Test
  void aCleanSetPassesWithWarningsForMissingDownsAndMultiStatementNoTxnScripts() throws Exception {
    write("20240101000000_a.up.sql", "CREATE TABLE a (id int);");
    write("20240101000000_a.down.sql", "DROP TABLE a;");
    write("20240102000000_b.up.sql", "CREATE TABLE b (id int);");
    write("20240103000000_idx.no-db-txn.up.sql", "CREATE INDEX CONCURRENTLY i1 ON a (id);\nCREATE INDEX CONCURRENTLY i2 ON b (id);");
    write("20240103000000_idx.no-db-txn.down.sql", "DROP INDEX i1;");

    MigrationValidator.Result result = validate(null);

    assertThat(result.errors()).isEmpty();
    assertThat(result.warnings()).hasSize(2);
    assertThat(result.warnings().get(0)).contains("20240102000000_b.up.sql: no .down.sql");
    assertThat(result.warnings().get(1)).contains("20240103000000_idx.no-db-txn.up.sql: a .no-db-txn. script"
        + " with 2 statements");
    assertThat(listener.messages(Kind.SUMMARY)).containsExactly(
        "Validated 3 migration(s) with PostgreSQL's rules: no errors, 2 warning(s).");
  }

  @Test
  void aScriptThatControlsItsOwnTransactionIsAnErrorUnlessNoDbTxnButPlSqlBlocksAndSavepointsAreNot()
      throws Exception {
    write("20240101000000_a.up.sql", "BEGIN;\nCREATE TABLE a (id int);\nCOMMIT;\n");
    write("20240101000000_a.down.sql", "SAVEPOINT s;\nDROP TABLE a;\nROLLBACK TO SAVEPOINT s;\n");
    write("20240102000000_b.up.sql", "DO $$ BEGIN PERFORM 1; END $$;\n");
    write("20240102000000_b.down.sql", "SELECT 1;");
    write("20240103000000_c.no-db-txn.up.sql", "BEGIN;\nSELECT 1;\nCOMMIT;\n");
    write("20240103000000_c.no-db-txn.down.sql", "SELECT 1;");

    assertThatThrownBy(() -> validate(null))
        .isInstanceOf(MalformedFiles.class)
        .hasMessageContaining("20240101000000_a.up.sql line 1: `BEGIN` is the script's own transaction control")
        .hasMessageContaining("20240101000000_a.up.sql line 3: `COMMIT` is the script's own transaction control")
        .hasMessageContaining("Move it out of the script, or name the file 20240101000000_a.no-db-txn.up.sql"
            + " (it then runs outside a transaction) and manage the transaction yourself.")
        .satisfies(e -> assertThat(((MalformedFiles) e).problems()).hasSize(2));
    assertThat(listener.messages(Kind.FINDING)).noneMatch(w -> w.contains("transaction control"));
  }

  @Test
  void eachDatabasesOwnSpellingIsAnError() throws Exception {
    write("20240101000000_a.up.sql", "CREATE TABLE a (id int)\nCOMMIT TRAN\nGO\n");
    write("20240101000000_a.down.sql", "BEGIN TRY\n  DROP TABLE a\n  COMMIT\nEND TRY\nBEGIN CATCH\n  ROLLBACK\nEND CATCH\n");

    assertThatThrownBy(() -> validate("sqlserver"))
        .hasMessageContaining("20240101000000_a.up.sql line 2: `COMMIT TRAN`")
        .satisfies(e -> assertThat(((MalformedFiles) e).problems()).hasSize(1));

    Files.delete(dir.resolve("20240101000000_a.up.sql"));
    Files.delete(dir.resolve("20240101000000_a.down.sql"));
    write("20240102000000_b.up.sql", "SET autocommit = 0;");
    write("20240102000000_b.down.sql", "SELECT 1;");
    assertThatThrownBy(() -> validate("mariadb"))
        .hasMessageContaining("20240102000000_b.up.sql line 1: `SET autocommit = 0`")
        .satisfies(e -> assertThat(((MalformedFiles) e).problems()).hasSize(1));
  }

  @Test
  void scriptsThatCannotBeSplitOrReadAreErrorsListedTogether() throws Exception {
    write("20240101000000_a.up.sql", "CREATE TABLE a (id int);\nINSERT INTO a VALUES ('oops);\n");
    write("20240101000000_a.down.sql", "DROP TABLE a;");
    write("20240102000000_f.up.sql", "CREATE FUNCTION f() RETURNS int AS $body$\nSELECT 1;\n");
    Files.write(dir.resolve("20240103000000_bytes.up.sql"), new byte[] {'S', (byte) 0xFF, ';'});

    assertThatThrownBy(() -> validate("postgres"))
        .hasMessageContaining("checked with PostgreSQL's rules; no database was touched")
        .hasMessageContaining("20240101000000_a.up.sql: unterminated string starting at line 2")
        .hasMessageContaining("20240102000000_f.up.sql: unterminated $body$")
        .hasMessageContaining("20240103000000_bytes.up.sql: is not valid UTF-8");
  }

  @Test
  void malformedNamesFailBeforeAnyScriptIsRead() throws Exception {
    write("2024010100000_short.up.sql", "SELECT 1;");

    assertThatThrownBy(() -> validate(null)).hasMessageContaining("Malformed migration files:")
        .hasMessageContaining("exactly 14 digits")
        .hasMessageNotContaining("nothing was run"); // validate runs nothing in any case
  }

  @Test
  void rulesComeFromTheDialectNameOrTheUrlElsePostgres() {
    assertThat(ScriptRules.choose(null, null, MavenFrontEnd.INSTANCE).database()).isEqualTo("PostgreSQL");
    assertThat(ScriptRules.choose("MSSQL", null, MavenFrontEnd.INSTANCE).database()).isEqualTo("SQL Server");
    assertThat(ScriptRules.choose(" mariadb ", "jdbc:h2:mem:x", MavenFrontEnd.INSTANCE).database()).isEqualTo("MariaDB");
    assertThat(ScriptRules.choose(null, "jdbc:h2:mem:x", MavenFrontEnd.INSTANCE).database()).isEqualTo("H2");
    assertThat(ScriptRules.choose(null, "postgres://u:p@db/app", MavenFrontEnd.INSTANCE).database()).isEqualTo("PostgreSQL");
    // validate never connects, so a password DATABASE_URL cannot hold (a raw '%') does not stop it
    assertThat(ScriptRules.choose(null, "mysql://u:50%off@db/app", MavenFrontEnd.INSTANCE).database()).isEqualTo("MySQL/MariaDB");
    assertThat(ScriptRules.choose(null, "jdbc:oracle:thin:@db:1521/app", MavenFrontEnd.INSTANCE).rules().slashTerminatedPlsql()).isTrue();
    assertThatThrownBy(() -> ScriptRules.choose("db2", null, MavenFrontEnd.INSTANCE)).hasMessageContaining("Unknown dbmigrate.dialect 'db2'")
        .hasMessageContaining("oracle");
    assertThatThrownBy(() -> ScriptRules.choose(null, "jdbc:db2://u:secret@db/app", MavenFrontEnd.INSTANCE))
        .hasMessageContaining("set dbmigrate.dialect").hasMessageNotContaining("secret");
  }

  @Test
  void aNulByteIsAnErrorNamingTheFileAndLine() throws Exception {
    write("20240101000000_a.up.sql", "CREATE TABLE a (id int);\n\nINSERT INTO a VALUES (1);\u0000\n");

    assertThatThrownBy(() -> validate("postgres"))
        .hasMessageContaining("20240101000000_a.up.sql: line 3 contains a NUL byte");
  }
}
