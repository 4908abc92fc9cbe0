package io.github.dbmigrate.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.MalformedFiles;
import io.github.dbmigrate.engine.db.DatabaseTarget;
import io.github.dbmigrate.engine.dialect.TableName;
import io.github.dbmigrate.engine.files.Migration;
import io.github.dbmigrate.engine.files.MigrationScanner;
import io.github.dbmigrate.engine.files.ScriptReader;
import io.github.dbmigrate.engine.status.ChecksumState;
import io.github.dbmigrate.engine.status.MigrationState;
import io.github.dbmigrate.engine.status.StatusReport;
import io.github.dbmigrate.engine.status.StatusRow;
import io.github.dbmigrate.engine.testing.Configs;
import io.github.dbmigrate.engine.testing.TestDatabase;
import io.github.dbmigrate.engine.validate.MigrationValidator;
import io.github.dbmigrate.engine.validate.ScriptRules;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migrations read from a jar (a {@code db} module's, found through {@code classpath:}) behave as the
 * same files in a directory: they run, their checksums are the directory's, so switching between the
 * two forms shows no drift, and a version in both is refused naming the jar.
 */
class JarMigrationsTest {

  private static final String V1 = "20240101000000";
  private static final String V2 = "20240102000000";
  private static final Map<String, String> FILES = new LinkedHashMap<>();

  static {
    FILES.put(V1 + "_create_users.up.sql", "-- users\r\nCREATE TABLE users (id int);\r\n");
    FILES.put(V1 + "_create_users.down.sql", "DROP TABLE users;\n");
    FILES.put(V2 + "_add_email.up.sql", "ALTER TABLE users ADD COLUMN email varchar(100);\n"
        + "INSERT INTO users (id, email) VALUES (1, 'é@example.com');\n");
    FILES.put(V2 + "_add_email.down.sql", "ALTER TABLE users DROP COLUMN email;\n");
  }

  @TempDir Path dir;
  TestDatabase db;
  FileSystem jar;

  @BeforeEach
  void openJar() throws IOException {
    db = TestDatabase.h2();
    Path jarFile = dir.resolve("db-1.0.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jarFile))) {
      out.putNextEntry(new JarEntry("db/"));
      out.putNextEntry(new JarEntry("db/migrations/"));
      for (Map.Entry<String, String> file : FILES.entrySet()) {
        out.putNextEntry(new JarEntry("db/migrations/" + file.getKey()));
        out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
      }
    }
    jar = FileSystems.newFileSystem(jarFile);
  }

  @AfterEach
  void close() throws IOException {
    jar.close();
    db.close();
  }

  @Test
  void aBadFileInAJarIsNamedWithTheJar() throws IOException {
    Path badJar = dir.resolve("bad-db.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(badJar))) {
      out.putNextEntry(new JarEntry("db/migrations/" + V1 + "_latin1.up.sql"));
      out.write("INSERT INTO t VALUES ('caf\u00e9');".getBytes(StandardCharsets.ISO_8859_1));
    }
    try (FileSystem bad = FileSystems.newFileSystem(badJar)) {
      assertThatThrownBy(() -> new MigrationValidator(ScriptRules.choose("h2", null, FrontEnd.PLAIN), event -> {},
          FrontEnd.PLAIN).validate(List.of(bad.getPath("/db/migrations"))))
          .isInstanceOf(MalformedFiles.class)
          .hasMessageContaining("bad-db.jar!/db/migrations/" + V1 + "_latin1.up.sql: is not valid UTF-8");
    }
  }

  private Path directoryCopy() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("src/main/resources/db/migrations"));
    for (Map.Entry<String, String> file : FILES.entrySet()) {
      try (OutputStream out = Files.newOutputStream(folder.resolve(file.getKey()))) {
        out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
      }
    }
    return folder;
  }

  private EngineConfig config(Path folder) {
    return Configs.of(DatabaseTarget.resolve(db.url(), null, null), TableName.of(null, "dbmigrate_versions",
        FrontEnd.PLAIN), List.of(folder), null, Duration.ofSeconds(5), false, dir.resolve("report"), "test");
  }

  @Test
  void migrationsInAJarRunAndMatchTheirDirectoryForm() throws IOException {
    Path inJar = jar.getPath("/db/migrations");

    RunResult up = new Migrator(config(inJar)).up();

    assertThat(up.done()).extracting(RunResult.Step::version).containsExactly(V1, V2);
    assertThat(db.column("SELECT email FROM users")).containsExactly("é@example.com");
    Path folder = directoryCopy();
    List<Migration> fromJar = MigrationScanner.scan(List.of(inJar), FrontEnd.PLAIN).all();
    List<Migration> fromFolder = MigrationScanner.scan(List.of(folder), FrontEnd.PLAIN).all();
    for (int i = 0; i < fromJar.size(); i++) {
      assertThat(ScriptReader.checksumOf(fromJar.get(i).up()))
          .isEqualTo(ScriptReader.checksumOf(fromFolder.get(i).up()));
    }
    // applied from the jar, compared with the directory (and the other way): no drift either way
    for (Path form : List.of(folder, inJar)) {
      StatusReport status = new Migrator(config(form)).status();
      assertThat(status.rows()).extracting(StatusRow::state)
          .containsExactly(MigrationState.APPLIED, MigrationState.APPLIED);
      assertThat(status.rows()).extracting(StatusRow::checksum)
          .containsExactly(ChecksumState.MATCHES, ChecksumState.MATCHES);
    }
    assertThat(new MigrationValidator(ScriptRules.choose("h2", null, FrontEnd.PLAIN), event -> {},
        FrontEnd.PLAIN).validate(List.of(inJar)).migrations()).isEqualTo(2);

    RunResult down = new Migrator(config(inJar)).down(1, null);
    assertThat(down.done()).extracting(RunResult.Step::version).containsExactly(V2);
    assertThat(db.column("SELECT COUNT(*) FROM dbmigrate_versions")).containsExactly("1");
  }

  @Test
  void aVersionInTheJarAndInADirectoryIsRefusedNamingBoth() throws IOException {
    Path folder = directoryCopy();

    assertThatThrownBy(() -> MigrationScanner.scan(List.of(jar.getPath("/db/migrations"), folder),
        FrontEnd.PLAIN))
        .isInstanceOf(MalformedFiles.class)
        .hasMessageContaining(folder.resolve(V1 + "_create_users.up.sql") + ": version " + V1
            + " is already used by ")
        .hasMessageContaining("db-1.0.jar!/db/migrations/" + V1 + "_create_users.up.sql");
  }
}
