package io.github.dbmigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goal {@code lint} in the build log: one line per finding starting with {@code path:line:},
 * errors at ERROR failing the build, workflow annotations under GitHub Actions, a mistyped rule id.
 */
class LintGoalTest {

  @TempDir Path dir;
  final CapturingLog log = new CapturingLog();
  final List<String> annotations = new ArrayList<>();

  @BeforeEach
  void files() throws Exception {
    Files.writeString(dir.resolve("20240101000000_users.up.sql"), "CREATE TABLE users (id int, email text);\n");
    Files.writeString(dir.resolve("20240102000000_drop-email.up.sql"), "ALTER TABLE users DROP COLUMN email;\n"
        + "UPDATE users SET id = id + 1;\n");
  }

  private LintMojo lint(Map<String, String> environment) {
    return Goals.configure(new LintMojo(), null, dir, log, m -> {
      m.dialect = "postgresql";
      m.processEnvironment = environment;
      m.annotationOutput = annotations::add;
    });
  }

  @Test
  void eachFindingIsOneLogLineAndAnErrorFailsTheBuild() {
    assertThatThrownBy(() -> lint(Map.of()).execute()).isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("1 unsafe change(s) found by PostgreSQL's lint in 2 migration(s) read");

    String file = dir.resolve("20240102000000_drop-email.up.sql").toString();
    assertThat(log.lines).anySatisfy(line -> assertThat(line).startsWith("[ERROR] " + file + ":1: drop-column: "));
    assertThat(log.lines).anySatisfy(line -> assertThat(line).startsWith("[WARNING] " + file + ":2: dml-without-where: "));
    assertThat(annotations).isEmpty();
  }

  @Test
  void underGitHubActionsEachFindingIsAlsoAnAnnotationOnItsFileAndLine() {
    assertThatThrownBy(() -> lint(Map.of("GITHUB_ACTIONS", "true", "GITHUB_WORKSPACE", dir.toString())).execute())
        .isInstanceOf(MojoFailureException.class);

    assertThat(annotations).hasSize(2);
    assertThat(annotations.get(0)).startsWith("::error file=20240102000000_drop-email.up.sql,line=1,title=drop-column::");
    assertThat(annotations.get(1)).startsWith("::warning file=20240102000000_drop-email.up.sql,line=2,"
        + "title=dml-without-where::");
  }

  @Test
  void warnLetsTheBuildPassAndAMistypedRuleIdIsNamed() throws Exception {
    LintMojo warn = lint(Map.of());
    warn.lint = "warn";
    warn.execute();
    assertThat(log.text()).contains("Linted 2 migration(s) with PostgreSQL's rules: 2 warnings.");

    LintMojo typo = lint(Map.of());
    typo.lintRules = Map.of("drop-colum", "warn");
    assertThatThrownBy(typo::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("did you mean drop-column?");
  }
}
