package io.github.dbmigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wait} connects and reads no migration file, so it runs where no migrations directory exists. */
class WaitGoalTest {

  @TempDir Path dir;
  final CapturingLog log = new CapturingLog();

  @Test
  void waitsForAnEmbeddedDatabaseWithNoMigrationsDirectory() throws Exception {
    WaitMojo wait = Goals.configure(new WaitMojo(), "jdbc:h2:mem:wait-goal", dir, log,
        m -> m.waitTimeout = "5s");

    wait.execute();

    assertThat(log.text()).contains("accepts connections");
    assertThat(Files.readString(dir.resolve("report/report.json"))).contains("\"goal\": \"wait\"");
  }

  @Test
  void itsReportNamesNoHistoryTableSinceWaitReadsNone() throws Exception {
    WaitMojo wait = Goals.configure(new WaitMojo(), "jdbc:h2:mem:wait-goal-report", dir, log,
        m -> m.waitTimeout = "5s");

    wait.execute();

    assertThat(Files.readString(dir.resolve("report/report.json"))).contains("\"table\": null");
    assertThat(Files.readString(dir.resolve("report/report.md"))).doesNotContain("history table");
  }
}
