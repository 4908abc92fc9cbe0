package io.github.dbmigrate.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dbmigrate.engine.lint.Finding;
import io.github.dbmigrate.engine.lint.Level;
import io.github.dbmigrate.engine.lint.Rule;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Lint findings as GitHub workflow commands, escaped as GitHub documents. */
class WorkflowAnnotationsTest {

  private static final Path WORKSPACE = Path.of("/home/runner/work/app").toAbsolutePath();
  private static final Rule RULE = Rule.error("drop-column", "loses data: 100% of it,\nfor good.", "drop later.");

  @Test
  void anErrorIsAnErrorCommandOnItsFileAndLineRelativeToTheWorkspace() {
    Finding finding = new Finding(WORKSPACE.resolve("db/a,b:c.up.sql"), 7, RULE, Level.ERROR,
        "DROP COLUMN users.email", null);

    assertThat(WorkflowAnnotations.of(finding, WORKSPACE)).contains("::error file=db/a%2Cb%3Ac.up.sql,line=7,"
        + "title=drop-column::DROP COLUMN users.email: loses data: 100%25 of it,%0Afor good. Safe: drop later.");
  }

  @Test
  void aWarningIsAWarningCommandAndAnAllowedFindingNone() {
    Finding warning = new Finding(WORKSPACE.resolve("x.up.sql"), 1, RULE, Level.WARN, "s", null);
    Finding allowed = new Finding(WORKSPACE.resolve("x.up.sql"), 1, RULE, Level.ERROR, "s", "reviewed");

    assertThat(WorkflowAnnotations.of(warning, WORKSPACE)).hasValueSatisfying(
        line -> assertThat(line).startsWith("::warning file=x.up.sql,line=1,title=drop-column::s: "));
    assertThat(WorkflowAnnotations.of(allowed, WORKSPACE)).isEmpty();
  }
}
