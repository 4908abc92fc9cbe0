package io.github.dbmigrate.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dbmigrate.engine.BadSetting;
import io.github.dbmigrate.engine.DatabaseError;
import io.github.dbmigrate.engine.DatabaseUnavailable;
import io.github.dbmigrate.engine.DbMigrateException;
import io.github.dbmigrate.engine.FileProblem;
import io.github.dbmigrate.engine.Interrupted;
import io.github.dbmigrate.engine.LockTimeout;
import io.github.dbmigrate.engine.MalformedFiles;
import io.github.dbmigrate.engine.Paths;
import io.github.dbmigrate.engine.Refused;
import io.github.dbmigrate.engine.Setting;
import io.github.dbmigrate.engine.StatementFailed;
import io.github.dbmigrate.engine.testing.JsonCheck;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
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
    assertThat(report.toJson()).contains("\"failure\": null");

    RunReport empty = new RunReport("status", null, "t", null, false);
    empty.succeeded(Duration.ZERO);
    JsonCheck.assertWellFormed(empty.toJson());
  }

  @Test
  void aFailureKeepsItsKindFactsAndCausesMaskedBesideTheError() {
    SQLException driver = new SQLException("relation \"nowhere\" does not exist at pw-Secret-1", "42P01", 7);
    driver.setNextException(new SQLException("batch entry 2 failed", "23505"));
    StatementFailed failed = new StatementFailed(Path.of("db", "20240101000000_a.up.sql"), 3,
        "relation \"nowhere\" does not exist", "Nothing was applied (transaction rolled back).",
        "20240101000000_a.up.sql line 3: relation \"nowhere\" does not exist (jdbc:postgresql://u:pw-Secret-1@db/app)",
        driver);
    RunReport report = everySection();

    report.failed(Duration.ofMillis(41), Failure.of(failed, text -> text.replace("pw-Secret-1", "****")));

    String json = report.toJson();
    JsonCheck.assertWellFormed(json);
    assertThat(json).doesNotContain("pw-Secret-1");
    assertThat(json).contains("\"error\": \"20240101000000_a.up.sql line 3: relation \\\"nowhere\\\" does not exist"
        + " (jdbc:postgresql://u:****@db/app)\"");
    assertThat(json).contains("\"failure\": {\"kind\": \"statementFailed\", \"message\": \"20240101000000_a.up.sql line 3:",
        "\"file\": \"" + Paths.display(Path.of("db", "20240101000000_a.up.sql")) + "\", \"line\": 3, \"sqlState\": \"42P01\","
            + " \"vendorCode\": 7, \"databaseMessage\": \"relation \\\"nowhere\\\" does not exist\", \"outcome\": \"Nothing was"
            + " applied (transaction rolled back).\"",
        "\"causes\": [{\"type\": \"java.sql.SQLException\", \"message\": \"relation \\\"nowhere\\\" does not exist at ****\","
            + " \"sqlState\": \"42P01\", \"vendorCode\": 7}, {\"type\": \"java.sql.SQLException\", \"message\":"
            + " \"batch entry 2 failed\", \"sqlState\": \"23505\", \"vendorCode\": null}]}");
    assertThat(report.failure().causes()).extracting(Failure.Cause::toString).containsExactly(
        "java.sql.SQLException: relation \"nowhere\" does not exist at **** (SQLSTATE 42P01, vendor code 7)",
        "java.sql.SQLException: batch entry 2 failed (SQLSTATE 23505)");
  }

  @Test
  void everyKindOfFailureHasAStructuredFormInTheReport() {
    List<DbMigrateException> kinds = List.of(
        new BadSetting(Setting.TXN_MODE, "Unknown txnMode 'x'."),
        new MalformedFiles(List.of("a.sql: not a migration name"), "Malformed migration files"),
        new FileProblem(Path.of("x.sql"), "x.sql: cannot be read", new IOException("denied")),
        new LockTimeout("pid 42 on db", Duration.ofSeconds(5), "Gave up waiting for the migration lock"),
        new DatabaseUnavailable("Cannot reach the database", new SQLException("refused", "08001")),
        new DatabaseError("Cannot read the history table", new SQLException("denied", "42501", 1142)),
        new Refused(List.of("pending: 1"), "The database is not where this build expects it"),
        new Interrupted("Interrupted while waiting for the database.", new InterruptedException()));
    for (DbMigrateException kind : kinds) {
      RunReport report = new RunReport("up", null, "t", null, false);
      report.failed(Duration.ZERO, Failure.of(kind, UnaryOperator.identity()));
      JsonCheck.assertWellFormed(report.toJson());
      assertThat(report.toJson()).contains("\"failure\": {\"kind\": \"" + kind.kind() + "\"");
    }
    assertThat(Failure.of(kinds.get(0), UnaryOperator.identity()).details()).containsEntry("setting", "txnMode");
    assertThat(Failure.of(kinds.get(3), UnaryOperator.identity()).details()).containsEntry("lockHolder", "pid 42 on db");
    assertThat(Failure.of(kinds.get(5), UnaryOperator.identity()).details())
        .containsEntry("sqlState", "42501").containsEntry("vendorCode", 1142);
    assertThat(Failure.of(new IllegalStateException("bug"), UnaryOperator.identity()).kind()).isEqualTo("unexpected");
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
