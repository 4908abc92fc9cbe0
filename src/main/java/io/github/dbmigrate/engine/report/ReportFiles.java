package io.github.dbmigrate.engine.report;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.EngineEvent;
import io.github.dbmigrate.engine.EngineEvent.Kind;
import io.github.dbmigrate.engine.EngineListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Runs a goal's body and writes its report afterwards, whether it succeeded or failed: {@code
 * report.json} and {@code report.md} in the report directory, and the Markdown appended to the job
 * summary file when one is configured. A report that cannot be written is a warning, never the
 * reason a deploy fails.
 */
public final class ReportFiles {

  public static final String JSON = "report.json";
  public static final String MARKDOWN = "report.md";

  private ReportFiles() {}

  /** A report for a goal, naming the configured database, table and environment. */
  public static RunReport start(EngineConfig config, String goal) {
    return new RunReport(goal, config.target() == null ? null : config.target().safeUrl(),
        config.table().toString(), config.options().environment(), config.options().dryRun());
  }

  public static <T> T around(EngineConfig config, EngineListener listener, RunReport report, Supplier<T> body) {
    long start = System.nanoTime();
    try {
      T result = body.get();
      report.succeeded(Duration.ofNanos(System.nanoTime() - start));
      return result;
    } catch (RuntimeException e) {
      report.failed(Duration.ofNanos(System.nanoTime() - start), e.getMessage());
      throw e;
    } finally {
      write(config, listener, report);
    }
  }

  static void write(EngineConfig config, EngineListener listener, RunReport report) {
    Path dir = config.reportDir();
    String markdown = report.toMarkdown();
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(JSON), report.toJson(), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve(MARKDOWN), markdown, StandardCharsets.UTF_8);
    } catch (IOException e) {
      listener.on(EngineEvent.warn(Kind.NOTE, "Cannot write the report to " + dir + ": " + e.getMessage()));
    }
    Path summary = config.options().stepSummary();
    if (summary != null) {
      try {
        Files.writeString(summary, markdown + "\n", StandardCharsets.UTF_8,
            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      } catch (IOException e) {
        listener.on(EngineEvent.warn(Kind.NOTE, "Cannot append the report to the job summary " + summary
            + " (GITHUB_STEP_SUMMARY): " + e.getMessage()));
      }
    }
  }
}
