package io.github.dbmigrate.engine.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusReportTest {

  private final StatusReport report = new StatusReport("jdbc:postgresql://db/app", "dbmigrate_versions", List.of(
      new StatusRow("20240101000000", "create-users", MigrationState.APPLIED,
          Instant.parse("2024-01-01T10:00:00Z"), ChecksumState.MATCHES),
      new StatusRow("20240102000000", "a \"quoted\\\" name\t", MigrationState.PENDING, null, null),
      new StatusRow("20240103000000", null, MigrationState.NO_FILE, null, ChecksumState.UNKNOWN)));

  @Test
  void theTableLinesUpItsColumnsAndEndsNoLineWithSpaces() {
    assertThat(report.tableLines()).containsExactly(
        "VERSION         NAME               STATE    APPLIED AT",
        "20240101000000  create-users       applied  2024-01-01T10:00:00Z",
        "20240102000000  a \"quoted\\\" name\t  pending",
        "20240103000000  ?                  no file  ?");
  }

  @Test
  void jsonEscapesWhatJsonMustAndWritesOtherStringsAsTheyAre() {
    assertThat(Json.string("create-users")).isEqualTo("\"create-users\"");
    assertThat(Json.string("a \"q\\\" \n\r\t\u0001")).isEqualTo("\"a \\\"q\\\\\\\" \\n\\r\\t\\u0001\"");
    assertThat(Json.string(null)).isEqualTo("null");
    assertThat(report.toJson()).contains("\"name\": \"a \\\"quoted\\\\\\\" name\\t\"")
        .contains("\"name\": null, \"state\": \"no file\"");
  }
}
