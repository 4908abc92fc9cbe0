package io.github.dbmigrate.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.Outputs;
import io.github.dbmigrate.engine.Refused;
import io.github.dbmigrate.engine.RunOptions;
import io.github.dbmigrate.engine.Sources;
import io.github.dbmigrate.engine.event.EngineEvent;
import io.github.dbmigrate.engine.event.EngineEvent.Kind;
import io.github.dbmigrate.engine.lint.Level;
import io.github.dbmigrate.engine.lint.LintResult;
import io.github.dbmigrate.engine.lint.LintSettings;
import io.github.dbmigrate.engine.testing.RecordingListener;
import io.github.dbmigrate.maven.MavenFrontEnd;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lint as {@code validate} and {@code lint} run it on the files alone: one line per finding that
 * starts with {@code path:line:}, errors failing the goal, allow comments and their reasons, levels,
 * {@code lintFrom}, and the findings in {@code report.json}.
 */
class OfflineLintTest {

  @TempDir Path dir;
  @TempDir Path reports;
  RecordingListener listener = new RecordingListener();

  @BeforeEach
  void history() throws Exception {
    write("20240101000000_users.up.sql", "CREATE TABLE users (id int, email text, nick text);\n");
    write("20240101000000_users.down.sql", "DROP TABLE users;\n");
  }

  private void write(String name, String sql) throws Exception {
    Files.writeString(dir.resolve(name), sql);
  }

  private OfflineChecks checks(LintSettings settings) {
    EngineConfig config = new EngineConfig(Sources.in(List.of(dir)), null,
        RunOptions.defaults().withLint(settings), Outputs.to(reports).withListener(listener)
            .withFrontEnd(MavenFrontEnd.INSTANCE));
    return new OfflineChecks(config, ScriptRules.choose("postgresql", null, MavenFrontEnd.INSTANCE));
  }

  private List<EngineEvent> lintEvents() {
    return listener.events().stream().filter(e -> e.kind() == Kind.LINT).toList();
  }

  @Test
  void anUnsafeChangeFailsLintWithOneLineStartingWithPathAndLine() throws Exception {
    write("20240102000000_drop-email.up.sql", "-- the email moves to accounts\n\nALTER TABLE users DROP COLUMN email;\n");

    assertThatThrownBy(() -> checks(LintSettings.defaults()).lint())
        .isInstanceOf(Refused.class)
        .hasMessageStartingWith("1 unsafe change(s) found by PostgreSQL's lint in 2 migration(s) read (no database"
            + " was touched) (the ERROR lines above).")
        .hasMessageContaining("-- dbmigrate:allow <rule-id>: <why this is safe here>")
        .hasMessageContaining("-Ddbmigrate.lint=warn");
    assertThat(lintEvents()).singleElement().satisfies(e -> {
      assertThat(e.level()).isEqualTo(EngineEvent.Level.ERROR);
      assertThat(e.message()).matches(".*20240102000000_drop-email\\.up\\.sql:3: drop-column: .*users\\.email.*Safe: .*");
    });
    String json = Files.readString(reports.resolve("report.json"));
    assertThat(json).contains("\"goal\": \"lint\"", "\"outcome\": \"failure\"", "\"line\": 3",
        "\"rule\": \"drop-column\"", "\"level\": \"error\"", "\"allowed\": null", "\"kind\": \"refused\"");
  }

  @Test
  void validateFailsOnTheSameFindingInItsOnePassAndKeepsItsOtherOutput() throws Exception {
    write("20240102000000_drop-email.up.sql", "ALTER TABLE users DROP COLUMN email;\n");

    assertThatThrownBy(() -> checks(LintSettings.defaults()).validate())
        .isInstanceOf(Refused.class)
        .hasMessageStartingWith("1 unsafe change(s) found by PostgreSQL's lint (no database was touched)");
    assertThat(lintEvents()).singleElement().extracting(EngineEvent::message).asString()
        .contains("20240102000000_drop-email.up.sql:1: drop-column: ");
    assertThat(listener.messages(Kind.FINDING)).singleElement().asString()
        .contains("20240102000000_drop-email.up.sql: no .down.sql");
    assertThat(Files.readString(reports.resolve("report.json"))).contains("\"goal\": \"validate\"",
        "\"rule\": \"drop-column\"");
  }

  @Test
  void aRefusalOfEveryFileSaysHowAnOldProjectLintsOnlyWhatItHasNotDeployed() throws Exception {
    // a project binding validate before the lint existed: its deployed history now fails the build
    write("20240102000000_drop-email.up.sql", "ALTER TABLE users DROP COLUMN email;\n");

    assertThatThrownBy(() -> checks(LintSettings.defaults()).validate())
        .hasMessageContaining("-Ddbmigrate.lintFrom=");
    assertThatThrownBy(() -> checks(LintSettings.defaults()).lint())
        .hasMessageContaining("-Ddbmigrate.lintFrom=");
  }

  @Test
  void anAllowCommentWithAReasonPassesAndTheReportKeepsTheReason() throws Exception {
    write("20240102000000_drop-email.up.sql", "-- dbmigrate:allow drop-column: nothing reads email since 2.3\n"
        + "ALTER TABLE users DROP COLUMN email;\n");

    LintResult result = checks(LintSettings.defaults()).lint();

    assertThat(result.failed()).isFalse();
    assertThat(lintEvents()).singleElement().satisfies(e -> {
      assertThat(e.level()).isEqualTo(EngineEvent.Level.INFO);
      assertThat(e.message()).contains(":2: drop-column: ", "(allowed: nothing reads email since 2.3)");
    });
    assertThat(listener.messages(Kind.SUMMARY)).containsExactly(
        "Linted 2 migration(s) with PostgreSQL's rules: 1 allowed.");
    assertThat(Files.readString(reports.resolve("report.json")))
        .contains("\"allowed\": \"nothing reads email since 2.3\"", "\"outcome\": \"success\"");
  }

  @Test
  void anAllowCommentAfterATerminatorOnALineOfItsOwnIsAtTheStatementsEnd() throws Exception {
    write("20240102000000_drop-email.up.sql", "ALTER TABLE users\n  DROP COLUMN email\n"
        + "; -- dbmigrate:allow drop-column: nothing reads email since 2.3\n");

    assertThat(checks(LintSettings.defaults()).lint().allowed()).singleElement()
        .extracting(f -> f.allowedBecause()).isEqualTo("nothing reads email since 2.3");
  }

  @Test
  void warnModeAndRuleLevelsAndLintFromDecideWhatFails() throws Exception {
    write("20240102000000_drop-email.up.sql", "ALTER TABLE users DROP COLUMN email;\n");
    write("20240103000000_backfill.up.sql", "UPDATE users SET nick = 'x';\n");

    LintResult warned = checks(new LintSettings(Level.WARN, Map.of(), Optional.empty())).validate().lint();
    assertThat(warned.failed()).isFalse();
    assertThat(warned.warnings()).extracting(f -> f.rule().id()).containsExactly("drop-column", "dml-without-where");

    assertThatThrownBy(() -> checks(new LintSettings(Level.ERROR, Map.of("drop-column", Level.OFF,
        "dml-without-where", Level.ERROR), Optional.empty())).lint())
        .isInstanceOf(Refused.class)
        .satisfies(e -> assertThat(((Refused) e).findings()).singleElement().asString()
            .contains("20240103000000_backfill.up.sql:1: dml-without-where: "));

    LintResult fromThird = checks(new LintSettings(Level.ERROR, Map.of(), Optional.of("20240103000000"))).lint();
    assertThat(fromThird.findings()).extracting(f -> f.rule().id()).containsExactly("dml-without-where");
  }

  @Test
  void offSkipsTheLint() throws Exception {
    write("20240102000000_drop-email.up.sql", "ALTER TABLE users DROP COLUMN email;\n");

    checks(LintSettings.defaults().turnedOff()).validate();
    checks(LintSettings.defaults().turnedOff()).lint();

    assertThat(lintEvents()).isEmpty();
    assertThat(listener.messages(Kind.SUMMARY)).containsExactly(
        "Validated 2 migration(s) with PostgreSQL's rules: no errors, 1 warning(s).",
        "The lint is off (dbmigrate.lint=off): no file was checked.");
  }
}
