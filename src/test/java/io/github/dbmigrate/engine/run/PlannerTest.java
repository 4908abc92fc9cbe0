package io.github.dbmigrate.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.files.Migration;
import io.github.dbmigrate.engine.files.MigrationSet;
import io.github.dbmigrate.engine.history.AppliedVersion;
import io.github.dbmigrate.maven.MavenFrontEnd;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PlannerTest {

  private static Migration migration(String version, boolean withDown) {
    return new Migration(version, "m" + version, Path.of(version + "_m.up.sql"), false,
        withDown ? Path.of(version + "_m.down.sql") : null, false);
  }

  private static Map<String, AppliedVersion> applied(String... versions) {
    Map<String, AppliedVersion> map = new TreeMap<>();
    for (String v : versions) {
      map.put(v, AppliedVersion.versionOnly(v));
    }
    return map;
  }

  private final MigrationSet files = new MigrationSet(List.of(
      migration("20240101000000", true), migration("20240102000000", true),
      migration("20240103000000", false), migration("20240104000000", true)));

  @Test
  void pendingIsFilesMinusRecordedVersionsIncludingOlderOnes() {
    List<Migration> pending = Planner.pending(files, applied("20240102000000", "20240104000000"));

    assertThat(pending).extracting(Migration::version).containsExactly("20240101000000", "20240103000000");
  }

  @Test
  void downBySteps() {
    List<Migration> plan = Planner.toRollBack(files, applied("20240101000000", "20240102000000"), 2, null, MavenFrontEnd.INSTANCE);

    assertThat(plan).extracting(Migration::version).containsExactly("20240102000000", "20240101000000");
  }

  @Test
  void downToAVersionKeepsThatVersion() {
    List<Migration> plan = Planner.toRollBack(files,
        applied("20240101000000", "20240102000000", "20240104000000"), 1, "20240101000000", MavenFrontEnd.INSTANCE);

    assertThat(plan).extracting(Migration::version).containsExactly("20240104000000", "20240102000000");
  }

  @Test
  void aVersionWithoutDownScriptOrFileStopsEverything() {
    assertThatThrownBy(() -> Planner.toRollBack(files,
        applied("20240103000000", "20240104000000"), 2, null, MavenFrontEnd.INSTANCE))
        .hasMessageContaining("20240103000000 (20240103000000_m.up.sql) has no .down.sql file")
        .hasMessageContaining("nothing was changed");
    assertThatThrownBy(() -> Planner.toRollBack(files, applied("20990101000000"), 1, null, MavenFrontEnd.INSTANCE))
        .hasMessageContaining("20990101000000 has no migration file at all");
  }

  @Test
  void badStepsAndUnknownTargetsAreErrors() {
    assertThatThrownBy(() -> Planner.toRollBack(files, applied("20240101000000"), -1, null, MavenFrontEnd.INSTANCE))
        .hasMessageContaining("at least 1");
    assertThatThrownBy(() -> Planner.toRollBack(files, applied("20240101000000"), 2, null, MavenFrontEnd.INSTANCE))
        .hasMessageContaining("only 1 applied");
    assertThatThrownBy(() -> Planner.toRollBack(files, applied("20240101000000"), 1, "20000101000000", MavenFrontEnd.INSTANCE))
        .hasMessageContaining("neither an applied version nor a migration file");
  }

  @Test
  void recordedValuesThatAreNoVersionAreNeverNewestNorRolledBack() {
    Map<String, AppliedVersion> applied = applied("20240101000000", "abc", "99999999999999x");
    applied.put(AppliedVersion.NULL_VERSION, new AppliedVersion(AppliedVersion.NULL_VERSION, null, null, null,
        null, null, null, null));

    assertThat(Planner.newest(applied)).isEqualTo("20240101000000");
    assertThat(Planner.toRollBack(files, applied, 1, null, MavenFrontEnd.INSTANCE))
        .extracting(Migration::version).containsExactly("20240101000000");
    assertThatThrownBy(() -> Planner.toRollBack(files, applied, 2, null, MavenFrontEnd.INSTANCE))
        .hasMessageContaining("only 1 applied");
  }
}
