package io.github.dbmigrate.engine.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.files.Migration;
import io.github.dbmigrate.engine.files.MigrationScanner;
import io.github.dbmigrate.engine.sql.SplitRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Statements read ahead (up reads them while it connects) are judged as the files would be. */
class ReadScriptsTest {

  private final DatabaseLint postgres = new PostgresLint();
  private final SplitRules rules = SplitRules.postgres();

  @TempDir
  Path dir;

  @Test
  void theCorpusJudgedFromStatementsReadAheadFindsWhatReadingTheFilesFinds() throws Exception {
    List<Migration> corpus = MigrationScanner.scanToCheck(
        List.of(Path.of(getClass().getResource("/lint-corpus/postgresql").toURI())), FrontEnd.PLAIN).all();
    ReadScripts ahead = ReadScripts.read(postgres, rules, corpus, false);

    List<String> fromFiles = texts(MigrationLint.run(postgres, rules, LintSettings.defaults(), true, corpus,
        m -> m.version().compareTo("20240110000000") >= 0, false));
    List<String> fromAhead = texts(MigrationLint.run(postgres, rules, LintSettings.defaults(), true, corpus,
        m -> m.version().compareTo("20240110000000") >= 0, false, ahead));

    assertThat(fromFiles).isNotEmpty();
    assertThat(fromAhead).isEqualTo(fromFiles);
  }

  @Test
  void statementsReadWithOtherSplitRulesAreNotUsed() throws Exception {
    Files.writeString(dir.resolve("20240101000000_users.up.sql"), "CREATE TABLE users (id int);\n");
    Files.writeString(dir.resolve("20240102000000_drop.up.sql"), "SELECT 1;\n");
    List<Migration> files = MigrationScanner.scanToCheck(List.of(dir), FrontEnd.PLAIN).all();
    ReadScripts ahead = ReadScripts.read(postgres, rules, files, false);
    // the file changes after it was read ahead: only a lint that reads it again sees the DROP
    Files.writeString(dir.resolve("20240102000000_drop.up.sql"), "DROP TABLE users;\n");

    SplitRules session = rules.toBuilder().backslashEscapes(true).build();
    assertThat(MigrationLint.run(postgres, rules, LintSettings.defaults(), true, files, m -> true, false, ahead)
        .findings()).isEmpty();
    assertThat(MigrationLint.run(postgres, session, LintSettings.defaults(), true, files,
        m -> m.version().equals("20240102000000"), false, ahead).findings())
        .extracting(f -> f.rule().id()).containsExactly("drop-table");
  }

  private static List<String> texts(LintResult result) {
    return result.findings().stream().map(Finding::text).toList();
  }

  @Test
  void readingStoppedPartWayLeavesTheRestToBeReadFromTheFiles() throws Exception {
    Files.writeString(dir.resolve("20240101000000_users.up.sql"), "CREATE TABLE users (id int);\n");
    Files.writeString(dir.resolve("20240102000000_drop.up.sql"), "DROP TABLE users;\n");
    List<Migration> files = MigrationScanner.scanToCheck(List.of(dir), FrontEnd.PLAIN).all();
    int[] asked = {0};
    ReadScripts firstOnly = ReadScripts.read(postgres, rules, files, false, () -> asked[0]++ > 0);

    assertThat(firstOnly.of(files.get(1).script(io.github.dbmigrate.engine.files.Direction.UP))).isNull();
    assertThat(MigrationLint.run(postgres, rules, LintSettings.defaults(), true, files,
        m -> m.version().equals("20240102000000"), false, firstOnly).findings())
        .extracting(f -> f.rule().id()).containsExactly("drop-table");
  }
}
