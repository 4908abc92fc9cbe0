package io.github.dbmigrate.engine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.Outputs;
import io.github.dbmigrate.engine.RunOptions;
import io.github.dbmigrate.engine.Sources;
import io.github.dbmigrate.engine.Target;
import io.github.dbmigrate.engine.db.DatabaseTarget;
import io.github.dbmigrate.engine.dialect.TableName;
import io.github.dbmigrate.engine.event.DriftFound;
import io.github.dbmigrate.engine.event.EngineEvent.Level;
import io.github.dbmigrate.engine.event.Note;
import io.github.dbmigrate.engine.event.Summary;
import io.github.dbmigrate.engine.testing.RecordingListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

  @TempDir Path dir;

  private EngineConfig config(RecordingListener listener) {
    Target target = Target.of(new DatabaseTarget("jdbc:postgresql://db/app", "app", "s3cret-pw"),
        new TableName(null, "dbmigrate_versions")).named("staging-db");
    return new EngineConfig(Sources.in(List.of(dir)), target, RunOptions.defaults(),
        Outputs.to(dir.resolve("report")).withFilePrefix("staging-").withListener(listener));
  }

  @Test
  void eventsAndTheFailureAreMaskedWhereTheyLeaveTheEngineAndTheReportIsBuiltFromTheEvents() throws Exception {
    RecordingListener listener = new RecordingListener();

    assertThatThrownBy(() -> ReportFiles.around("up", config(listener), events -> {
      events.on(new Note("staging-db", Level.WARN, "the server said: password s3cret-pw is old"));
      events.on(new DriftFound("staging-db", "a.up.sql was edited", false, "strict=true"));
      events.on(new Summary("staging-db", "Applied 0 migration(s)."));
      throw new IllegalStateException("boom with s3cret-pw");
    })).hasMessage("boom with s3cret-pw");

    assertThat(listener.events()).extracting(e -> e.message())
        .containsExactly("the server said: password **** is old", "Applied 0 migration(s).");
    assertThat(listener.all()).hasSize(3).allSatisfy(e -> assertThat(e.target()).isEqualTo("staging-db"));
    String json = Files.readString(dir.resolve("report/staging-report.json"));
    assertThat(json).doesNotContain("s3cret-pw").contains("\"error\": \"boom with ****\"",
        "\"summary\": \"Applied 0 migration(s).\"", "\"drift\": [\n    \"a.up.sql was edited\"");
    assertThat(Files.readString(dir.resolve("report/staging-report.md"))).doesNotContain("s3cret-pw");
  }

  @Test
  void anEngineFailureLeavesTheEngineMasked() {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> ReportFiles.around("up",
        config(new RecordingListener()), events -> {
          throw new io.github.dbmigrate.engine.DatabaseError("Cannot connect as s3cret-pw's owner.",
              new java.sql.SQLException("password s3cret-pw refused", "28P01"));
        }));

    assertThat(thrown).isInstanceOf(io.github.dbmigrate.engine.DatabaseError.class)
        .hasMessage("Cannot connect as ****'s owner.");
  }
}
