package io.github.dbmigrate.engine.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dbmigrate.engine.files.MigrationScanner;
import io.github.dbmigrate.engine.files.MigrationSet;
import io.github.dbmigrate.engine.sql.SplitRules;
import io.github.dbmigrate.maven.MavenFrontEnd;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which scripts the file-reading lint judges: the chosen migrations' up scripts, their down scripts
 * only when the goal runs them (redo, not up), and only by rules that predict a failure.
 */
class MigrationLintTest {

  private static final Rule FAILS = Rule.failure("fails-at-deploy", "it fails.", "do not.");
  private static final Rule UNSAFE = Rule.error("unsafe", "it hurts.", "do not.");

  /** Reports FAILS on every statement starting with FAIL, UNSAFE on every one starting with HURT. */
  private static final DatabaseLint LINT = new DatabaseLint() {
    @Override
    public List<Rule> rules() {
      return List.of(FAILS, UNSAFE);
    }

    @Override
    public void read(LintStatement statement) {
      if (statement.cursor().accept("FAIL")) {
        statement.report(FAILS, "FAIL");
      } else if (statement.cursor().accept("HURT")) {
        statement.report(UNSAFE, "HURT");
      }
    }
  };

  @TempDir Path dir;
  MigrationSet files;

  @BeforeEach
  void files() throws Exception {
    for (String version : List.of("20240101000000", "20240102000000")) {
      Files.writeString(dir.resolve(version + "_m.up.sql"), "FAIL;\nHURT;\n");
      Files.writeString(dir.resolve(version + "_m.down.sql"), "FAIL;\nHURT;\n");
    }
    files = MigrationScanner.scan(List.of(dir), MavenFrontEnd.INSTANCE);
  }

  private List<String> found(boolean downs) {
    LintResult result = MigrationLint.run(LINT, SplitRules.postgres(), LintSettings.defaults(), true,
        files.all(), m -> m.version().equals("20240102000000"), downs);
    return result.findings().stream().map(f -> f.file().getFileName() + ":" + f.line() + " " + f.rule().id()).toList();
  }

  @Test
  void upJudgesTheChosenUpScriptsOnly() {
    assertThat(found(false)).containsExactly("20240102000000_m.up.sql:1 fails-at-deploy",
        "20240102000000_m.up.sql:2 unsafe");
  }

  @Test
  void redoAlsoJudgesTheirDownScriptsByTheRulesThatPredictAFailure() {
    assertThat(found(true)).containsExactly("20240102000000_m.up.sql:1 fails-at-deploy",
        "20240102000000_m.up.sql:2 unsafe", "20240102000000_m.down.sql:1 fails-at-deploy");
  }

  @Test
  void aTableCreatedByAnEarlierPendingMigrationIsNewEvenBeforeLintFrom(@TempDir Path fresh) throws Exception {
    // a fresh database: both pending; lintFrom judges only the second, which drops the first one's table
    Files.writeString(fresh.resolve("20240101000000_create.up.sql"), "CREATE TABLE scratch (id int);\n");
    Files.writeString(fresh.resolve("20240102000000_drop.up.sql"), "DROP TABLE scratch;\n");
    MigrationSet both = MigrationScanner.scan(List.of(fresh), MavenFrontEnd.INSTANCE);
    LintSettings from = new LintSettings(Level.ERROR, java.util.Map.of(), java.util.Optional.of("20240102000000"));

    LintResult result = MigrationLint.run(new PostgresLint(), SplitRules.postgres(), from, true, both.all(),
        m -> true, false);

    assertThat(result.findings()).isEmpty();
  }
}
