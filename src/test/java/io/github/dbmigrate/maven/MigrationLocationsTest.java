package io.github.dbmigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.BadSetting;
import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.MalformedFiles;
import io.github.dbmigrate.engine.Paths;
import io.github.dbmigrate.engine.files.MigrationScanner;
import io.github.dbmigrate.maven.MigrationLocations.Classpath;
import io.github.dbmigrate.maven.MigrationLocations.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code dbmigrate.dir}, {@code <dirs>} and {@code -Ddbmigrate.dirs} accept, and where each is found. */
class MigrationLocationsTest {

  @TempDir Path project;

  @Test
  void plainFilesystemAndClasspathLocationsAreTold() {
    assertThat(MigrationLocations.parse("db/migrations", null))
        .containsExactly(new Location("db/migrations", false, "db/migrations"));
    assertThat(MigrationLocations.parse(" filesystem:/srv/db ", List.of()))
        .containsExactly(new Location("filesystem:/srv/db", false, "/srv/db"));
    assertThat(MigrationLocations.parse("classpath:/db/migrations/", null))
        .containsExactly(new Location("classpath:/db/migrations/", true, "db/migrations"));
    assertThatThrownBy(() -> MigrationLocations.parse("classpath:", null))
        .isInstanceOf(BadSetting.class).hasMessageContaining("classpath:db/migrations");
  }

  @Test
  void theDirsListWinsAndTakesCommaSeparatedEntriesFromTheCommandLine() {
    assertThat(MigrationLocations.parse("ignored", List.of("a, classpath:db/dev", "b")))
        .extracting(Location::given).containsExactly("a", "classpath:db/dev", "b");
    assertThatThrownBy(() -> MigrationLocations.parse(" ", List.of()))
        .hasMessage("No migrations directory is configured (dbmigrate.dir or <dirs>).");
  }

  @Test
  void directoriesAreRelativeToTheProjectAndOutsideOneToTheCurrentDirectory() {
    List<Path> folders = MigrationLocations.open(MigrationLocations.parse(null, List.of("db",
        "filesystem:/srv/db", "${project.basedir}/src/main/resources/db/migrations")), project, Classpath.NONE)
        .folders();

    assertThat(folders).containsExactly(project.resolve("db"), Path.of("/srv/db"),
        project.resolve("src/main/resources/db/migrations"));
  }

  @Test
  void classpathFindsTheProjectsResourcesThenItsDependenciesJars() throws IOException {
    Path resources = Files.createDirectories(project.resolve("src/main/resources/db/migrations")).getParent()
        .getParent();
    Path jar = jar(project.resolve("db-1.0.jar"), "db/migrations/20240101000000_a.up.sql");
    Path otherJar = jar(project.resolve("other.jar"), "META-INF/MANIFEST.MF");
    Path pom = Files.writeString(project.resolve("some.pom"), "<project/>");
    Classpath classpath = new Classpath(List.of(resources), project.resolve("target/classes"),
        () -> List.of(otherJar, pom, jar));

    MigrationLocations locations = MigrationLocations.open(MigrationLocations.parse("classpath:db/migrations",
        null), project, classpath);

    assertThat(locations.folders()).hasSize(2);
    assertThat(locations.folders().get(0)).isEqualTo(resources.resolve("db/migrations"));
    Path inJar = locations.folders().get(1);
    assertThat(Paths.located(inJar)).endsWith("db-1.0.jar!/db/migrations");
    assertThat(Files.list(inJar).map(p -> p.getFileName().toString())).containsExactly("20240101000000_a.up.sql");
    locations.close();
    assertThat(inJar.getFileSystem().isOpen()).as("the jar is closed at the end of the goal").isFalse();
  }

  @Test
  void theBuildOutputStandsInWhenNoResourceDirectoryHoldsTheFolder() throws IOException {
    Path output = Files.createDirectories(project.resolve("target/classes/db/migrations")).getParent().getParent();
    Classpath classpath = new Classpath(List.of(project.resolve("src/main/resources")), output, List::of);

    assertThat(MigrationLocations.open(MigrationLocations.parse("classpath:db/migrations", null), project,
        classpath).folders()).containsExactly(output.resolve("db/migrations"));
  }

  @Test
  void dependenciesAreResolvedOnlyForAClasspathLocation() {
    Classpath failing = new Classpath(List.of(), null, () -> {
      throw new AssertionError("resolved without a classpath: location");
    });

    assertThat(MigrationLocations.open(MigrationLocations.parse("db", null), project, failing).folders())
        .containsExactly(project.resolve("db"));
  }

  @Test
  void aClasspathLocationFoundNowhereSaysWhereItLooked() throws IOException {
    Path jar = jar(project.resolve("app-lib.jar"), "other/x.sql");
    Classpath classpath = new Classpath(List.of(project.resolve("src/main/resources")),
        project.resolve("target/classes"), () -> List.of(jar));

    assertThatThrownBy(() -> MigrationLocations.open(MigrationLocations.parse("classpath:db/migrations", null),
        project, classpath))
        .isInstanceOf(BadSetting.class)
        .hasMessageStartingWith("classpath:db/migrations is found nowhere on the runtime classpath")
        .hasMessageContaining("1 dependencies")
        .hasMessageContaining("Add the dependency on the module whose jar holds db/migrations/");
  }

  @Test
  void aVersionInTwoLocationsIsAnErrorNamingBoth() throws IOException {
    Path dev = Files.createDirectories(project.resolve("dev"));
    Files.writeString(dev.resolve("20240101000000_a.up.sql"), "SELECT 1;");
    Path jar = jar(project.resolve("db-1.0.jar"), "db/migrations/20240101000000_a.up.sql");
    Classpath classpath = new Classpath(List.of(), null, () -> List.of(jar));

    try (MigrationLocations locations = MigrationLocations.open(MigrationLocations.parse(null,
        List.of("classpath:db/migrations", "dev")), project, classpath)) {
      assertThatThrownBy(() -> MigrationScanner.scan(locations.folders(), FrontEnd.PLAIN))
          .isInstanceOf(MalformedFiles.class)
          .hasMessageContaining(dev.resolve("20240101000000_a.up.sql") + ": version 20240101000000 is already"
              + " used by ")
          .hasMessageContaining("db-1.0.jar!/db/migrations/20240101000000_a.up.sql");
    }
  }

  @Test
  void createRefusesAClasspathLocationSayingWhereTheFileGoes() {
    assertThatThrownBy(() -> MigrationLocations.refuseWritingTo(
        MigrationLocations.parse("classpath:db/migrations", null).get(0), "create"))
        .isInstanceOf(BadSetting.class)
        .hasMessageContaining("dbmigrate:create cannot write into classpath:db/migrations")
        .hasMessageContaining("src/main/resources/db/migrations of the module that owns it");
  }

  @Test
  void theDefaultDirectoryMissingMeansNothingToDoAndAConfiguredOneStaysAnError() throws IOException {
    String byMaven = "${project.basedir}/src/main/resources/db/migrations"; // outside any project
    String resolved = project.resolve("src/main/resources/db/migrations").toString();

    assertThat(MigrationLocations.defaultMissing(byMaven, null, project))
        .startsWith("no migrations here (the default directory ").contains("does not exist");
    assertThat(MigrationLocations.defaultMissing(resolved, List.of(), project)).isNotNull();
    assertThat(MigrationLocations.defaultMissing("db/elsewhere", null, project)).isNull();
    assertThat(MigrationLocations.defaultMissing("classpath:db/migrations", null, project)).isNull();
    assertThatThrownBy(() -> MigrationLocations.open(MigrationLocations.parse("db/\u0000x", null), project,
        Classpath.NONE)).isInstanceOf(BadSetting.class).hasMessageContaining("is not a directory path here");
    assertThat(MigrationLocations.defaultMissing(resolved, List.of("classpath:db/migrations"), project)).isNull();
    Files.createDirectories(Path.of(resolved));
    assertThat(MigrationLocations.defaultMissing(resolved, null, project)).isNull();
  }

  @Test
  void aGoalInAModuleWithoutMigrationsIsSkippedWithOneLineButCreateWritesThere() throws Exception {
    String defaultDir = project.resolve("src/main/resources/db/migrations").toString();
    CapturingLog log = new CapturingLog();
    StatusMojo status = Goals.configure(new StatusMojo(), "jdbc:h2:mem:never", project, log, m -> {});
    status.workingDirectory = project;
    status.dir = defaultDir;

    status.execute();

    assertThat(log.text()).isEqualTo("[INFO] Skipping dbmigrate:status for this project: no migrations here"
        + " (the default directory " + Paths.display(Path.of(defaultDir)) + " does not exist; set dbmigrate.dir"
        + " or <dirs> to read others).");
    CreateMojo create = Goals.configure(new CreateMojo(), null, project, new CapturingLog(), m -> {});
    create.workingDirectory = project;
    create.dir = defaultDir;
    create.message = "add users";
    create.execute();
    assertThat(Files.list(Path.of(defaultDir))).hasSize(2);
  }

  @Test
  void createOutsideAnyProjectWritesUnderTheCurrentDirectory() throws Exception {
    // Maven leaves the default's ${project.basedir} as it is when there is no pom.xml
    CreateMojo create = Goals.configure(new CreateMojo(), null, project, new CapturingLog(), m -> {});
    create.workingDirectory = project;
    create.dir = "${project.basedir}/src/main/resources/db/migrations";
    create.message = "add users";

    create.execute();

    assertThat(Files.list(project.resolve("src/main/resources/db/migrations"))).hasSize(2);
    assertThat(project.resolve("${project.basedir}")).doesNotExist();
  }

  private static Path jar(Path file, String... entries) throws IOException {
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(file))) {
      for (String entry : entries) {
        out.putNextEntry(new JarEntry(entry));
        out.write("SELECT 1;\n".getBytes(StandardCharsets.UTF_8));
      }
    }
    return file;
  }
}
