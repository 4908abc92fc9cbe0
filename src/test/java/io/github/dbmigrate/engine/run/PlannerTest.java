package io.github.dbmigrate.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.BadSetting;
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
    List<Migration> plan = Planner.toRollBack(files, applied("20240101000000", "20240102000000"), Limit.steps(2), MavenFrontEnd.INSTANCE);

    assertThat(plan).extracting(Migration::version).containsExactly("20240102000000", "20240101000000");
  }

  @Test
  void downToAVersionKeepsThatVersion() {
    List<Migration> plan = Planner.toRollBack(files,
        applied("20240101000000", "20240102000000", "20240104000000"), Limit.to("20240101000000"),
        MavenFrontEnd.INSTANCE);

    assertThat(plan).extracting(Migration::version).containsExactly("20240104000000", "20240102000000");
  }

  @Test
  void aVersionWithoutDownScriptOrFileStopsEverything() {
    assertThatThrownBy(() -> Planner.toRollBack(files,
        applied("20240103000000", "20240104000000"), Limit.steps(2), MavenFrontEnd.INSTANCE))
        .hasMessageContaining("20240103000000 (20240103000000_m.up.sql) has no .down.sql file")
        .hasMessageContaining("nothing was changed");
    assertThatThrownBy(() -> Planner.toRollBack(files, applied("20990101000000"), Limit.NONE, MavenFrontEnd.INSTANCE))
        .hasMessageContaining("20990101000000 has no migration file at all");
  }

  @Test
  void badStepsAndUnknownTargetsAreErrors() {
    assertThatThrownBy(() -> Planner.toRollBack(files, applied("20240101000000"), Limit.steps(-1), MavenFrontEnd.INSTANCE))
        .hasMessageContaining("at least 1");
    assertThatThrownBy(() -> Planner.toRollBack(files, applied("20240101000000"), Limit.to("20000101000000"),
        MavenFrontEnd.INSTANCE))
        .hasMessageContaining("dbmigrate.to=20000101000000 is neither an applied version nor a migration file;"
            + " the nearest is 20240101000000 (the oldest)");
    assertThatThrownBy(() -> Planner.toRollBack(files, applied("20240101000000"), new Limit(2, "20240101000000"),
        MavenFrontEnd.INSTANCE))
        .isInstanceOf(BadSetting.class)
        .hasMessageContaining("dbmigrate.steps=2 and dbmigrate.to=20240101000000 were both given; give one");
  }

  @Test
  void downByMoreStepsThanAppliedRollsBackAllOfThemSayingSo() {
    List<Migration> plan = Planner.toRollBack(files, applied("20240101000000", "20240102000000"), Limit.steps(999),
        MavenFrontEnd.INSTANCE);

    assertThat(plan).extracting(Migration::version).containsExactly("20240102000000", "20240101000000");
    assertThat(Planner.stepsBeyondApplied(Limit.steps(999), applied("20240101000000", "20240102000000"),
        MavenFrontEnd.INSTANCE))
        .hasValue("dbmigrate.steps=999, but only 2 applied: rolling back all 2.");
    assertThat(Planner.stepsBeyondApplied(Limit.steps(2), applied("20240101000000", "20240102000000"),
        MavenFrontEnd.INSTANCE)).isEmpty();
  }

  @Test
  void downToBaseOrZeroRollsBackEveryAppliedVersion() {
    for (String base : List.of("base", "BASE", "0")) {
      assertThat(Planner.toRollBack(files, applied("20240101000000", "20240102000000", "20240104000000"),
          Limit.to(base), MavenFrontEnd.INSTANCE)).extracting(Migration::version)
          .containsExactly("20240104000000", "20240102000000", "20240101000000");
    }
  }

  @Test
  void upToAVersionTakesThePendingOnesUpToAndIncludingItOutOfOrderOnesToo() {
    List<Migration> pending = Planner.pending(files, applied("20240102000000"));

    assertThat(Planner.toApply(pending, Limit.to("20240103000000"))).extracting(Migration::version)
        .containsExactly("20240101000000", "20240103000000");
    assertThat(Planner.toApply(pending, Limit.to("20240102000000"))).extracting(Migration::version)
        .containsExactly("20240101000000");
    assertThat(Planner.toApply(pending, Limit.steps(2))).extracting(Migration::version)
        .containsExactly("20240101000000", "20240103000000");
    assertThat(Planner.toApply(pending, Limit.steps(99))).hasSize(3);
    assertThat(Planner.toApply(pending, Limit.NONE)).hasSize(3);
    assertThat(Planner.upLimitNote(pending, pending, Limit.steps(3), MavenFrontEnd.INSTANCE)).isEmpty();
    assertThat(Planner.upLimitNote(pending, pending, Limit.steps(4), MavenFrontEnd.INSTANCE))
        .hasValue("dbmigrate.steps=4, but only 3 pending: applying all 3.");
  }

  @Test
  void upsTargetMustBeAFilesVersionAndTheErrorNamesTheNearestOnes() {
    Planner.checkUpTarget(files, Limit.to("20240103000000"), MavenFrontEnd.INSTANCE);

    assertThatThrownBy(() -> Planner.checkUpTarget(files, Limit.to("20240102120000"), MavenFrontEnd.INSTANCE))
        .isInstanceOf(BadSetting.class)
        .hasMessageContaining("dbmigrate.to=20240102120000 is not the version of a migration file; the nearest are"
            + " 20240102000000 (before) and 20240103000000 (after)")
        .hasMessageContaining("mvn dbmigrate:status");
    assertThatThrownBy(() -> Planner.checkUpTarget(files, Limit.to("base"), MavenFrontEnd.INSTANCE))
        .hasMessageContaining("dbmigrate.to=base means \"before every version\", which only dbmigrate:down can go to");
  }

  @Test
  void recordedValuesThatAreNoVersionAreNeverNewestNorRolledBack() {
    Map<String, AppliedVersion> applied = applied("20240101000000", "abc", "99999999999999x");
    applied.put(AppliedVersion.NULL_VERSION, new AppliedVersion(AppliedVersion.NULL_VERSION, null, null, null,
        null, null, null, null));

    assertThat(Planner.newest(applied)).isEqualTo("20240101000000");
    assertThat(Planner.toRollBack(files, applied, Limit.steps(1), MavenFrontEnd.INSTANCE))
        .extracting(Migration::version).containsExactly("20240101000000");
    assertThat(Planner.toRollBack(files, applied, Limit.steps(2), MavenFrontEnd.INSTANCE))
        .extracting(Migration::version).containsExactly("20240101000000");
    assertThat(Planner.stepsBeyondApplied(Limit.steps(2), applied, MavenFrontEnd.INSTANCE))
        .hasValue("dbmigrate.steps=2, but only 1 applied: rolling back all 1.");
    assertThat(Planner.toRollBack(files, applied, Limit.to("base"), MavenFrontEnd.INSTANCE))
        .extracting(Migration::version).containsExactly("20240101000000");
  }
}
