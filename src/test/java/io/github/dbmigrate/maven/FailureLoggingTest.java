package io.github.dbmigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed goal prints its message alone; with {@code -X}, the causes and trace follow, masked. */
class FailureLoggingTest {

  static final String SECRET = "h2-Secret-77";

  @TempDir Path dir;

  private UpMojo failingUp(CapturingLog log) throws Exception {
    Files.writeString(dir.resolve("20240101000000_bad.up.sql"), "SELECT 1;\n\nSELECT * FROM nowhere;\n");
    String url = "jdbc:h2:file:" + dir.resolve("db") + ";USER=sa;PASSWORD=" + SECRET;
    return Goals.configure(new UpMojo(), url, dir, log, m -> {});
  }

  @Test
  void withDebugTheDriversSqlExceptionAndItsSqlStateAreLoggedMasked() throws Exception {
    CapturingLog log = new CapturingLog();

    assertThatThrownBy(() -> failingUp(log).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("20240101000000_bad.up.sql line 3:")
        .hasMessageNotContaining("\tat ");

    assertThat(log.lines).anySatisfy(line -> assertThat(line)
        .startsWith("[DEBUG] Caused by: org.h2.jdbc.JdbcSQLSyntaxErrorException: ")
        .contains("NOWHERE", "(SQLSTATE 42S02, vendor code 42102)"));
    assertThat(log.text()).contains("io.github.dbmigrate.engine.StatementFailed: ", "\tat ");
    assertThat(log.text()).doesNotContain(SECRET);
  }

  @Test
  void withoutDebugTheBuildLogShowsNoCauseAndNoTrace() throws Exception {
    CapturingLog log = new CapturingLog();
    log.debug = false;

    assertThatThrownBy(() -> failingUp(log).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("20240101000000_bad.up.sql line 3:");

    assertThat(log.text()).doesNotContain("Caused by", "\tat ", "[DEBUG]");
  }
}
