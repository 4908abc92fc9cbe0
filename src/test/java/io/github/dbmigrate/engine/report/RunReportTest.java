package io.github.dbmigrate.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dbmigrate.engine.testing.JsonCheck;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunReportTest {

  private static RunReport everySection() {
    RunReport report = new RunReport("up", "jdbc:postgresql://db/app", "dbmigrate_versions", "staging", false);
    report.lockWait(Duration.ofMillis(1500));
    report.ran("20240101000000", "a|b", "20240101000000_a|b.up.sql", "up", Duration.ofMillis(12));
    report.outOfOrder(List.of("20240101000000"));
    report.drift("20231201000000_x.up.sql was edited \"after\" it was applied");
    report.edit("marked", "20231101000000", null);
    report.finding("pending: 20240201000000 c is not applied");
    report.summary("Applied 1 migration(s) in 12 ms.");
    return report;
  }

  @Test
  void jsonIsWellFormedWithEverySectionAndAfterAFailure() {
    RunReport report = everySection();
    report.succeeded(Duration.ofMillis(40));
    JsonCheck.assertWellFormed(report.toJson());
    assertThat(report.toJson()).contains("\"lockWaitMs\": 1500", "\"outcome\": \"success\"",
        "\"drift\": [\n    \"20231201000000_x.up.sql was edited \\\"after\\\" it was applied\"\n  ]");

    report.failed(Duration.ofMillis(41), "line 3: boom\nNothing was applied.");
    JsonCheck.assertWellFormed(report.toJson());
    assertThat(report.toJson()).contains("\"error\": \"line 3: boom\\nNothing was applied.\"");

    RunReport empty = new RunReport("status", null, "t", null, false);
    empty.succeeded(Duration.ZERO);
    JsonCheck.assertWellFormed(empty.toJson());
  }

  @Test
  void markdownEscapesTableCellsAndFencesTheError() {
    RunReport report = everySection();
    report.failed(Duration.ofMillis(41), "boom ``` here");

    String md = report.toMarkdown();

    assertThat(md).startsWith("### dbmigrate up: **failed**\n");
    assertThat(md).contains("| 20240101000000 | a\\|b | 20240101000000_a\\|b.up.sql | 12 ms |");
    assertThat(md).contains("| took | 41 ms (lock wait 1.5 s) |", "| environment | staging |");
    assertThat(md).contains("- marked 20231101000000\n", "**Findings:**");
    assertThat(md).endsWith("```\nboom ''' here\n```\n");
  }

  @Test
  void aDryRunSaysSoAndShowsNoTimes() {
    RunReport report = new RunReport("down", "jdbc:h2:mem:x", "t", null, true);
    report.ran("20240101000000", "a", "20240101000000_a.down.sql", "down", Duration.ZERO);
    report.dryRunFile("target/dbmigrate/dry-run.sql");
    report.succeeded(Duration.ofMillis(5));

    assertThat(report.toMarkdown()).contains("### dbmigrate down (dry run): success", "Would run:",
        "| 20240101000000_a.down.sql | - |", "Statements: `target/dbmigrate/dry-run.sql`");
    assertThat(report.toJson()).contains("\"dryRun\": true");
  }
}
