package io.github.dbmigrate.engine.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dbmigrate.engine.history.AppliedVersion;
import io.github.dbmigrate.engine.status.ChecksumState;
import io.github.dbmigrate.engine.status.MigrationState;
import io.github.dbmigrate.engine.testing.JsonCheck;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryReportTest {

  private static final String LONG_NAME = "backfill-the-customer-email-addresses-in-batches-of-ten-thousand-rows"
      + "-before-the-not-null-constraint";

  @Test
  void longValuesWidenTheirColumnAndAreNeverCutAndEveryRowStaysOneLine() {
    AppliedVersion ran = new AppliedVersion("20240102000000", LONG_NAME, "sha256-lf:abc",
        Instant.parse("2024-01-02T03:04:05.123Z"), 1500L, "ci-deploy-bot@build-agent-0042.example.com",
        "production\nEU", "20240102000000");
    HistoryReport report = new HistoryReport("jdbc:h2:mem:x", "dbmigrate_versions", VersionRange.ALL, List.of(
        new HistoryEntry("20240103000000", "short", MigrationState.PENDING, null, null, null, "a.up.sql", null),
        new HistoryEntry("20240102000000", LONG_NAME, MigrationState.APPLIED, Recording.RAN,
            ChecksumState.MATCHES, ran, "b.up.sql", null)));

    List<String> lines = report.lines();

    assertThat(lines).hasSize(3);
    assertThat(lines.get(2)).contains("2024-01-02T03:04:05.123Z", "1.5 s",
        "ci-deploy-bot@build-agent-0042.example.com", "production\\nEU", LONG_NAME);
    // the columns line up: every value starts where its header does
    int by = lines.get(0).indexOf("BY");
    assertThat(lines.get(2).indexOf("ci-deploy-bot")).isEqualTo(by);
    assertThat(lines.get(1).indexOf("short")).isEqualTo(lines.get(0).indexOf("NAME"));

    String json = report.toJson();
    JsonCheck.assertWellFormed(json);
    assertThat(json).contains("\"executionMs\": 1500", "\"environment\": \"production\\nEU\"",
        "\"appliedAt\": \"2024-01-02T03:04:05.123Z\"", "\"checksum\": \"ok\"", "\"from\": null");
  }
}
