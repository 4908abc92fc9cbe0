package io.github.dbmigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code show} runs on the files alone when no database URL is given; {@code history} needs one. */
class InspectGoalsTest {

  @TempDir Path dir;
  final CapturingLog log = new CapturingLog();

  @Test
  void showWithoutADatabaseUrlShowsTheFilesSplitWithTheDialectGiven() throws Exception {
    Files.writeString(dir.resolve("20240101000000_a.up.sql"), "CREATE TABLE a (id int);\nGO\n");
    ShowMojo show = Goals.configure(new ShowMojo(), null, dir, log, m -> {
      m.version = "20240101000000";
      m.dialect = "sqlserver";
    });

    show.execute();

    assertThat(log.text()).contains("not connected: no database is configured",
        "Up script as SQL Server's client splits it: 1 statement(s)", "statement 1, line 1:");
    assertThat(Files.readString(dir.resolve("report/report.json"))).contains("\"goal\": \"show\"");
  }

  @Test
  void historyWithoutADatabaseUrlAsksForOne() {
    HistoryMojo history = Goals.configure(new HistoryMojo(), null, dir, log, m -> { });

    assertThatThrownBy(history::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("No database URL: set dbmigrate.url");
  }

  @Test
  void historyRefusesARangeEndThatIsNoVersion() {
    HistoryMojo history = Goals.configure(new HistoryMojo(), "jdbc:h2:mem:history-goal", dir, log,
        m -> m.from = "yesterday");

    assertThatThrownBy(history::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("dbmigrate.from=yesterday is not a version");
  }
}
