package io.github.dbmigrate.engine.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.dbmigrate.engine.DbMigrateException;
import io.github.dbmigrate.maven.MavenFrontEnd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationScannerTest {

  @TempDir Path dir;

  private void touch(String relative) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "SELECT 1;");
  }

  @Test
  void findsPairsInSubfoldersInVersionOrderAndIgnoresOtherFiles() throws IOException {
    touch("b/20240102000000_second.up.sql");
    touch("20240101000000_first.up.sql");
    touch("20240101000000_first.down.sql");
    touch("20240103000000_third.no-db-txn.up.sql");
    touch("README.md");
    touch(".gitkeep");

    MigrationSet set = MigrationScanner.scan(List.of(dir), MavenFrontEnd.INSTANCE);

    assertThat(set.all()).extracting(Migration::version)
        .containsExactly("20240101000000", "20240102000000", "20240103000000");
    assertThat(set.get("20240101000000").hasDown()).isTrue();
    assertThat(set.get("20240102000000").hasDown()).isFalse();
    assertThat(set.get("20240103000000").upNoDbTxn()).isTrue();
    assertThat(set.get("20240103000000").name()).isEqualTo("third");
  }

  @Test
  void eachScriptKeepsItsOwnNoTransactionMarker() throws IOException {
    touch("20240101000000_plain.up.sql");
    touch("20240101000000_plain.down.sql");
    touch("20240102000000_index.no-db-txn.up.sql");
    touch("20240102000000_index.down.sql");
    touch("20240103000000_drop.up.sql");
    touch("20240103000000_drop.no-db-txn.down.sql");

    MigrationSet set = MigrationScanner.scan(List.of(dir), MavenFrontEnd.INSTANCE);

    assertThat(set.all()).extracting(Migration::upNoDbTxn, Migration::downNoDbTxn)
        .containsExactly(tuple(false, false), tuple(true, false), tuple(false, true));
  }

  @Test
  void namesEveryMalformedFileBeforeAnythingRuns() throws IOException {
    touch("2024010100000_short.up.sql");
    touch("20240101000000first.up.sql");
    touch("20240102000000_x.sql");
    touch("20240103000000_orphan.down.sql");
    touch("20240104000000_a.up.sql");
    touch("sub/20240104000000_b.up.sql");

    assertThatThrownBy(() -> MigrationScanner.scan(List.of(dir), MavenFrontEnd.INSTANCE))
        .isInstanceOf(DbMigrateException.class)
        .hasMessageContaining("2024010100000_short.up.sql: the version must be exactly 14 digits")
        .hasMessageContaining("20240101000000first.up.sql: the version must be followed by '_'")
        .hasMessageContaining("20240102000000_x.sql: a .sql file that is neither")
        .hasMessageContaining("20240103000000_orphan.down.sql: a down script with no up script")
        .hasMessageContaining("version 20240104000000 is already used by");
  }

  @Test
  void aDuplicateVersionIsToldHowToResolveItNotHowToNameFiles() throws IOException {
    touch("schema/20240104000000_a.up.sql");
    touch("clash/20240104000000_b.up.sql");

    assertThatThrownBy(() -> MigrationScanner.scan(List.of(dir.resolve("schema"), dir.resolve("clash")),
        MavenFrontEnd.INSTANCE))
        .hasMessageContaining("version 20240104000000 is already used by")
        .hasMessageContaining("Give one of each pair a version of its own")
        .hasMessageNotContaining("Name migrations <yyyyMMddHHmmss>");
  }

  @Test
  void versionsFromSeveralDirectoriesFormOneSequence() throws IOException {
    touch("main/20240101000000_schema.up.sql");
    touch("dev/20240102000000_seed.up.sql");

    MigrationSet set = MigrationScanner.scan(List.of(dir.resolve("main"), dir.resolve("dev")), MavenFrontEnd.INSTANCE);

    assertThat(set.all()).extracting(Migration::name).containsExactly("schema", "seed");
  }

  @Test
  void aMissingDirectoryOrAFileInsteadOfOneIsAClearError() throws IOException {
    assertThatThrownBy(() -> MigrationScanner.scan(List.of(dir.resolve("nope")), MavenFrontEnd.INSTANCE))
        .hasMessageContaining("does not exist");
    touch("plain.txt");
    assertThatThrownBy(() -> MigrationScanner.scan(List.of(dir.resolve("plain.txt")), MavenFrontEnd.INSTANCE))
        .hasMessageContaining("is a file, not a directory");
  }

  @Test
  void listsMigrationsSpelledInTheWrongCaseWithTheOtherMalformedFiles() throws IOException {
    touch("20240101000000_q.UP.SQL");
    touch("20240102000000_r.Down.Sql");
    touch("20240103000000_s.up.sql");

    assertThatThrownBy(() -> MigrationScanner.scan(List.of(dir), MavenFrontEnd.INSTANCE))
        .isInstanceOf(io.github.dbmigrate.engine.MalformedFiles.class)
        .hasMessageContaining("20240101000000_q.UP.SQL: ")
        .hasMessageContaining("rename it to 20240101000000_q.up.sql")
        .hasMessageContaining("20240102000000_r.Down.Sql: ");
  }

  @Test
  void aLinkOutsideTheMigrationsDirectoriesIsRefusedAndOneInsideIsFollowed(@TempDir Path outside)
      throws IOException {
    Path secret = Files.writeString(outside.resolve("passwd"), "root:x:0:0");
    touch("shared/20240101000000_kept.up.sql");
    Files.createSymbolicLink(dir.resolve("20240101000000_kept.down.sql"),
        dir.resolve("shared/20240101000000_kept.up.sql"));
    Files.createSymbolicLink(dir.resolve("20240102000000_leak.up.sql"), secret);

    assertThatThrownBy(() -> MigrationScanner.scan(List.of(dir), MavenFrontEnd.INSTANCE))
        .isInstanceOf(io.github.dbmigrate.engine.MalformedFiles.class)
        .hasMessageContaining("20240102000000_leak.up.sql: a link to " + secret.toRealPath())
        .hasMessageContaining("outside the migrations directories")
        .hasMessageNotContaining("kept");

    Files.delete(dir.resolve("20240102000000_leak.up.sql"));
    assertThat(MigrationScanner.scan(List.of(dir), MavenFrontEnd.INSTANCE).get("20240101000000")
        .hasDown()).isTrue();
  }
}
