package io.github.dbmigrate.engine.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.maven.MavenFrontEnd;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationCreatorTest {

  @TempDir Path dir;

  private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  private final Clock fixed = Clock.fixed(Instant.parse("2026-11-22T09:30:00Z"), ZoneOffset.UTC);

  @Test
  void slugIsLowerCaseWithRunsOfOtherCharactersAsOneDash() {
    assertThat(MigrationCreator.slug("Add users table")).isEqualTo("add-users-table");
    assertThat(MigrationCreator.slug("  add  E-mail, index!! ")).isEqualTo("add-e-mail-index");
  }

  @Test
  void writesAnUpAndDownPairNamedAfterTheUtcSecond() {
    List<Path> written = new MigrationCreator(fixed, MavenFrontEnd.INSTANCE).create(dir, List.of(dir), "add users table", false);

    assertThat(written).extracting(p -> p.getFileName().toString())
        .containsExactly("20261122093000_add-users-table.up.sql", "20261122093000_add-users-table.down.sql");
    assertThat(written).allMatch(Files::exists);
  }

  @Test
  void twoCreatesInTheSameSecondDoNotCollideAndNothingIsOverwritten() throws Exception {
    MigrationCreator creator = new MigrationCreator(fixed, MavenFrontEnd.INSTANCE);
    List<Path> first = creator.create(dir, List.of(dir), "one", false);
    Files.writeString(first.get(0), "CREATE TABLE kept (id int);");
    List<Path> second = creator.create(dir, List.of(dir), "two", true);

    assertThat(second.get(0).getFileName().toString())
        .isEqualTo("20261122093001_two.no-db-txn.up.sql");
    assertThat(Files.readString(first.get(0))).isEqualTo("CREATE TABLE kept (id int);");
    assertThat(MigrationScanner.scan(List.of(dir), MavenFrontEnd.INSTANCE).size()).isEqualTo(2);
  }

  @Test
  void givesUpAfterTenMinutesOfTakenVersions() throws Exception {
    LocalDateTime time = LocalDateTime.of(2026, 11, 22, 9, 30, 0);
    for (int second = 0; second < 600; second++) {
      Files.createFile(dir.resolve(VERSION.format(time.plusSeconds(second)) + "_taken.up.sql"));
    }

    assertThatThrownBy(() -> new MigrationCreator(fixed, MavenFrontEnd.INSTANCE).create(dir, List.of(dir), "late", false))
        .hasMessageContaining("No free version in the next 600 seconds in " + dir);
    try (var files = Files.list(dir)) {
      assertThat(files.filter(f -> f.toString().contains("late"))).isEmpty();
    }
  }

  @Test
  void anotherMigrationsDirectoryThatDoesNotExistYetHoldsNoVersions() {
    Path missing = dir.resolve("not-created-yet");

    List<Path> written = new MigrationCreator(fixed, MavenFrontEnd.INSTANCE).create(dir, List.of(dir, missing), "first", false);

    assertThat(written.get(0).getFileName().toString()).isEqualTo("20261122093000_first.up.sql");
  }

  @Test
  void rejectsEmptyAndPathLikeMessages() {
    MigrationCreator creator = new MigrationCreator(fixed, MavenFrontEnd.INSTANCE);
    assertThatThrownBy(() -> creator.create(dir, List.of(dir), "  ", false))
        .hasMessageContaining("-Dmessage=");
    assertThatThrownBy(() -> creator.create(dir, List.of(dir), "../escape", false))
        .hasMessageContaining("looks like a path");
    assertThatThrownBy(() -> creator.create(dir, List.of(dir), "a/b", false))
        .hasMessageContaining("looks like a path");
    assertThatThrownBy(() -> creator.create(dir, List.of(dir), "!!!", false))
        .hasMessageContaining("no letters or digits");
  }

  @Test
  void aMessageWithControlCharactersCannotWriteAnSqlLine() throws Exception {
    List<Path> written = new MigrationCreator(fixed, MavenFrontEnd.INSTANCE)
        .create(dir, List.of(dir), "add users\ndrop table users; --\r\tx\u0000\u0085y", false);

    for (Path script : written) {
      List<String> lines = Files.readAllLines(script);
      assertThat(lines).hasSize(1);
      assertThat(lines.get(0)).startsWith("-- ").doesNotContainPattern("[\\p{Cc}]");
    }
    assertThat(Files.readString(written.get(0)))
        .isEqualTo("-- add users drop table users; -- x y\n");
    assertThat(written.get(0).getFileName().toString())
        .isEqualTo("20261122093000_add-users-drop-table-users-x-y.up.sql");
  }

  @Test
  void aLongMessageNamesTheFileWithItsFirstWordsAndKeepsAllOfItInTheComment() throws Exception {
    String message = "add the column ".repeat(20).trim(); // 299 characters
    List<Path> written = new MigrationCreator(fixed, MavenFrontEnd.INSTANCE)
        .create(dir, List.of(dir), message, false);

    String name = written.get(0).getFileName().toString();
    String slug = name.substring("20261122093000_".length(), name.length() - ".up.sql".length());
    assertThat(slug.length()).isLessThanOrEqualTo(MigrationCreator.MAX_SLUG);
    assertThat(("add-the-column-".repeat(20)).startsWith(slug + "-")).isTrue();
    assertThat(Files.readString(written.get(0))).isEqualTo("-- " + message + "\n");
    assertThat(MigrationCreator.shortened(message)).isTrue();
    assertThat(MigrationCreator.shortened("add users")).isFalse();
  }

  @Test
  void aSingleLongWordIsCutAtTheLimit() {
    List<Path> written = new MigrationCreator(fixed, MavenFrontEnd.INSTANCE)
        .create(dir, List.of(dir), "x".repeat(300), false);

    assertThat(written.get(0).getFileName().toString())
        .isEqualTo("20261122093000_" + "x".repeat(MigrationCreator.MAX_SLUG) + ".up.sql");
  }

  @Test
  void dotsThatAreNotPathSyntaxAreWords() {
    MigrationCreator creator = new MigrationCreator(fixed, MavenFrontEnd.INSTANCE);

    assertThat(creator.create(dir, List.of(dir), "release v1.2 notes", false).get(0)
        .getFileName().toString()).isEqualTo("20261122093000_release-v1-2-notes.up.sql");
    assertThat(creator.create(dir, List.of(dir), "wait... then index", false).get(0)
        .getFileName().toString()).isEqualTo("20261122093001_wait-then-index.up.sql");
    assertThatThrownBy(() -> creator.create(dir, List.of(dir), "..", false))
        .hasMessageContaining("looks like a path");
    assertThatThrownBy(() -> creator.create(dir, List.of(dir), ".hidden", false))
        .hasMessageContaining("looks like a path");
  }

  @Test
  void theLimitCountsBytesSoLettersOutsideAsciiFitToo() throws Exception {
    List<Path> written = new MigrationCreator(fixed, MavenFrontEnd.INSTANCE)
        .create(dir, List.of(dir), "\u8868".repeat(300), false);

    String name = written.get(0).getFileName().toString();
    assertThat(name).isEqualTo("20261122093000_" + "\u8868".repeat(MigrationCreator.MAX_SLUG / 3) + ".up.sql");
  }
}
