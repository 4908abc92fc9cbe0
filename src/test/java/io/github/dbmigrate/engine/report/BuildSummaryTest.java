package io.github.dbmigrate.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dbmigrate.engine.ReportOrigin;
import io.github.dbmigrate.engine.testing.JsonCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildSummaryTest {

  private static final ReportOrigin BUILD = new ReportOrigin("dbmigrate-maven-plugin", "1.0", "b1", null);

  @TempDir Path dir;

  @Test
  void entriesWithQuotesNewlinesAndControlCharactersSurviveTheNextRunsReading() throws Exception {
    BuildSummary.Entry odd = new BuildSummary.Entry("up", "it \"one\"", "a, b}", "failure",
        "jdbc:h2:mem:x;MODE=MySQL", "2026-12-01T18:00:00Z", 42, "up/report.json", "up/report.md",
        null, "line 2: \"x\" failed\n\tdo this next \\ \u0001 ü");
    BuildSummary.read(dir, BUILD).with(odd).write(dir);

    JsonCheck.assertWellFormed(Files.readString(dir.resolve(BuildSummary.JSON)));
    assertThat(BuildSummary.read(dir, BUILD).runs()).containsExactly(odd);
  }

  @Test
  void aSummaryThatCannotBeReadIsStartedAfresh() throws Exception {
    Files.writeString(dir.resolve(BuildSummary.JSON), "{\n  \"build\": \"b1\",\n  \"runs\": [\n    {\"goal\": \"up\", oops\n");

    assertThat(BuildSummary.read(dir, BUILD).runs()).isEmpty();
  }

  @Test
  void foldersAreTheGoalThenTheExecutionIdThenACounter() {
    BuildSummary summary = BuildSummary.read(dir, BUILD);
    assertThat(summary.folderFor("up", "default-cli", "report.json")).isEqualTo("up");
    assertThat(summary.folderFor("up", "default-up", "report.json")).isEqualTo("up");
    assertThat(summary.folderFor("up", "before its/1", "report.json")).isEqualTo("up-before_its_1");

    BuildSummary taken = summary.with(entry("up/report.json")).with(entry("up-2/report.json"));
    assertThat(taken.folderFor("up", null, "report.json")).isEqualTo("up-3");
    assertThat(taken.folderFor("up", null, "staging-report.json")).isEqualTo("up");
  }

  private static BuildSummary.Entry entry(String report) {
    return new BuildSummary.Entry("up", null, null, "success", null, "t", 1, report, report, null, null);
  }

  @Test
  void theMarkdownLinksEachRunsReportAndSaysWhenARunHadNoDatabase() {
    BuildSummary summary = BuildSummary.read(dir, BUILD)
        .with(new BuildSummary.Entry("show", "default-cli", null, "success", null, "t", 3, "show/report.json",
            "show/report.md", null, null))
        .with(new BuildSummary.Entry("up", "seed", null, "failure", "jdbc:h2:mem:a|b", "t", 1500,
            "up-seed/report.json", "up-seed/report.md", null, "boom"));

    assertThat(summary.toMarkdown()).contains(
        "| 1 | show | success | none (files only) | 3 ms | [show/report.md](show/report.md) |",
        "| 2 | up (seed) | **failed** | `jdbc:h2:mem:a\\|b` | 1.5 s | [up-seed/report.md](up-seed/report.md) |");
  }
}
