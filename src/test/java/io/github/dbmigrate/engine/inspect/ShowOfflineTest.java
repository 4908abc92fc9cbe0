package io.github.dbmigrate.engine.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.BadSetting;
import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.Outputs;
import io.github.dbmigrate.engine.RunOptions;
import io.github.dbmigrate.engine.Sources;
import io.github.dbmigrate.engine.event.EngineEvent.Kind;
import io.github.dbmigrate.engine.sql.SqlStatement;
import io.github.dbmigrate.engine.testing.RecordingListener;
import io.github.dbmigrate.maven.MavenFrontEnd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code show} without a database: the files alone, split with the rules of the dialect setting. */
class ShowOfflineTest {

  static final String V1 = "20240101000000";

  @TempDir Path dir;
  RecordingListener listener = new RecordingListener();

  EngineConfig offline() {
    return new EngineConfig(Sources.in(List.of(dir.resolve("migrations"))), null, RunOptions.defaults(),
        Outputs.to(dir.resolve("report")).withFrontEnd(MavenFrontEnd.INSTANCE).withListener(listener));
  }

  void write(String fileName, String sql) throws IOException {
    Files.createDirectories(dir.resolve("migrations"));
    Files.writeString(dir.resolve("migrations").resolve(fileName), sql);
  }

  @Test
  void withoutADatabaseTheFilesAreShownSplitAsPostgresqlSplitsThemAndTheStateIsNotConnected() throws IOException {
    write(V1 + "_fn.up.sql", "CREATE FUNCTION f() RETURNS int AS $$\n  SELECT 1; SELECT 2;\n$$ LANGUAGE sql;\n"
        + "SELECT f();\n");

    VersionDetails shown = new Show(offline()).show(V1, null);

    assertThat(shown.connected()).isFalse();
    assertThat(shown.state()).isNull();
    assertThat(shown.row()).isNull();
    assertThat(shown.rulesOf()).isEqualTo("PostgreSQL");
    assertThat(shown.up().statements()).extracting(SqlStatement::line).containsExactly(1, 4);
    List<String> lines = listener.messages(Kind.STATUS_LINE);
    assertThat(lines).contains("  state:     not connected: no database is configured, so nothing recorded was read");
    assertThat(lines).anySatisfy(line -> assertThat(line)
        .contains("as PostgreSQL's client splits it (no database configured: set dbmigrate.dialect"));
    assertThat(lines).noneMatch(line -> line.startsWith("  recorded:"));
    assertThat(listener.messages(Kind.SUMMARY)).containsExactly(V1 + ": not connected, files only.");
  }

  @Test
  void theDialectSettingChoosesWhoseClientSplitsTheScripts() throws IOException {
    write(V1 + "_batches.up.sql", "CREATE TABLE a (id int);\nCREATE TABLE b (id int);\nGO\nSELECT 1;\n");

    VersionDetails shown = new Show(offline()).show(V1, "sqlserver");

    assertThat(shown.up().statements()).extracting(SqlStatement::line).containsExactly(1, 4);
    assertThat(shown.up().statements().get(0).sql()).contains("CREATE TABLE a", "CREATE TABLE b");
    // psql knows no GO: it becomes the start of the next statement
    assertThat(new Show(offline()).show(V1, "postgresql").up().statements()).extracting(SqlStatement::line)
        .containsExactly(1, 2, 3);
  }

  @Test
  void aScriptThatCannotBeSplitIsShownWithWhatStopsIt() throws IOException {
    write(V1 + "_bad.up.sql", "SELECT 1;\nSELECT 'unterminated;\n");

    VersionDetails shown = new Show(offline()).show(V1, null);

    assertThat(shown.up().problems()).isNotEmpty();
    assertThat(listener.messages(Kind.NOTE)).anySatisfy(note -> assertThat(note)
        .contains(V1 + "_bad.up.sql cannot be split as PostgreSQL's client splits it"));
  }

  @Test
  void anUnknownVersionNamesTheNearestFilesAndSaysRecordedRowsWereNotRead() throws IOException {
    write(V1 + "_a.up.sql", "SELECT 1;");

    assertThatThrownBy(() -> new Show(offline()).show("20250101000000", null))
        .isInstanceOf(BadSetting.class)
        .hasMessageContaining("No migration file has version 20250101000000 (no database is configured,"
            + " so recorded rows were not read). Nearest: " + V1 + " (before), none after.");
  }
}
