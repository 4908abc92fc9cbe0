package io.github.dbmigrate.engine.report;

import io.github.dbmigrate.engine.DbMigrateException;
import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.EngineEvent;
import io.github.dbmigrate.engine.EngineEvent.Level;
import io.github.dbmigrate.engine.EngineEvent.Note;
import io.github.dbmigrate.engine.EngineListener;
import io.github.dbmigrate.engine.Outputs;
import io.github.dbmigrate.engine.Target;
import io.github.dbmigrate.engine.db.Redactor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.function.Function;

/**
 * The one way a command runs against a target, and where its output leaves the engine: every event is
 * masked with the target's secrets, given to a {@link RunReport} and then to the configured listener;
 * afterwards, whether the command succeeded or failed, {@code report.json} and {@code report.md} are
 * written to the report directory and the Markdown appended to the job summary file when one is
 * configured. A report that cannot be written is a warning, never the reason a deploy fails.
 */
public final class ReportFiles {

  public static final String JSON = "report.json";
  public static final String MARKDOWN = "report.md";

  private ReportFiles() {}

  /**
   * Runs {@code body} as {@code goal}, giving it the listener its events go to; the failure it throws
   * is recorded in the report and rethrown, both masked with the target's secrets.
   */
  public static <T> T around(String goal, EngineConfig config, Function<EngineListener, T> body) {
    Target target = config.target();
    RunReport report = new RunReport(goal, target == null ? null : target.database().safeUrl(),
        target == null ? null : target.table().toString(), target == null ? null : target.environment(),
        config.options().dryRun());
    if (target != null) {
      report.variables(target.variables().shown());
    }
    Redactor redactor = target == null ? Redactor.URLS_ONLY : target.redactor();
    EngineListener user = config.outputs().listener();
    EngineListener reporting = new ReportListener(report);
    EngineListener events = event -> {
      EngineEvent masked = event.masked(redactor::mask);
      reporting.on(masked);
      user.on(masked);
    };
    long start = System.nanoTime();
    try {
      T result = body.apply(events);
      report.succeeded(Duration.ofNanos(System.nanoTime() - start));
      return result;
    } catch (RuntimeException e) {
      // the one place a failure's text is masked on its way out; the thrower wrote plain prose
      report.failed(Duration.ofNanos(System.nanoTime() - start), Failure.of(e, redactor::mask));
      if (e instanceof DbMigrateException failure) {
        throw failure.maskedWith(redactor::mask);
      }
      throw e;
    } finally {
      write(config.outputs(), target == null ? null : target.name(), events, report);
    }
  }

  static void write(Outputs outputs, String target, EngineListener listener, RunReport report) {
    Path dir = outputs.reportDir();
    String markdown = report.toMarkdown();
    try {
      Files.createDirectories(dir);
      Files.writeString(outputs.file(JSON), report.toJson(), StandardCharsets.UTF_8);
      Files.writeString(outputs.file(MARKDOWN), markdown, StandardCharsets.UTF_8);
    } catch (IOException e) {
      listener.on(new Note(target, Level.WARN, "Cannot write the report to " + dir + ": " + e.getMessage()));
    }
    Path summary = outputs.stepSummary();
    if (summary != null) {
      try {
        Files.writeString(summary, markdown + "\n", StandardCharsets.UTF_8,
            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      } catch (IOException e) {
        listener.on(new Note(target, Level.WARN, "Cannot append the report to the job summary " + summary
            + " (GITHUB_STEP_SUMMARY): " + e.getMessage()));
      }
    }
  }
}
