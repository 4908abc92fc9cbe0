package io.github.dbmigrate.engine.report;

import io.github.dbmigrate.engine.DbMigrateException;
import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.Outputs;
import io.github.dbmigrate.engine.Target;
import io.github.dbmigrate.engine.db.Redactor;
import io.github.dbmigrate.engine.event.EngineEvent;
import io.github.dbmigrate.engine.event.EngineEvent.Level;
import io.github.dbmigrate.engine.event.EngineListener;
import io.github.dbmigrate.engine.event.Note;
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
 * written to a folder of the run's own ({@code up/}, {@code up-2/}, {@code verify-it/}), listed in the
 * build's {@code summary.json} and {@code summary.md}, copied to the report directory itself as the
 * latest run's, and the Markdown appended to the job summary file when one is configured. A report that
 * cannot be written is a warning, never the reason a deploy fails.
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
        target == null || target.table() == null ? null : target.table().toString(), target == null ? null : target.environment(),
        config.options().dryRun());
    if (target != null) {
      report.variables(target.variables().shown());
    }
    report.origin(config.outputs().origin());
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
      String json = report.toJson();
      // the latest run's, where README has always said they are
      Files.writeString(outputs.file(JSON), json, StandardCharsets.UTF_8);
      Files.writeString(outputs.file(MARKDOWN), markdown, StandardCharsets.UTF_8);
      keep(outputs, target, report, json, markdown);
    } catch (IOException e) {
      listener.on(new Note(target, Level.WARN, "Cannot write the report to " + dir + ": " + e.getMessage()));
    }
    // appended: every goal of the job gets its section
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

  /**
   * Writes the run's reports to a folder of its own and lists it in the build's summary. One run at a
   * time in this process, so that two targets run at once cannot take the same folder.
   */
  private static void keep(Outputs outputs, String target, RunReport report, String json, String markdown)
      throws IOException {
    synchronized (BuildSummary.class) {
      Path dir = outputs.reportDir();
      BuildSummary summary = BuildSummary.read(dir, outputs.origin());
      String jsonName = outputs.filePrefix() + JSON;
      String markdownName = outputs.filePrefix() + MARKDOWN;
      String folder = summary.folderFor(report.goal(), outputs.origin().execution(), jsonName);
      Files.createDirectories(dir.resolve(folder));
      Files.writeString(dir.resolve(folder).resolve(jsonName), json, StandardCharsets.UTF_8);
      Files.writeString(dir.resolve(folder).resolve(markdownName), markdown, StandardCharsets.UTF_8);
      summary.with(new BuildSummary.Entry(report.goal(), outputs.origin().execution(), target,
          report.error() == null ? "success" : "failure", report.database(), report.startedAt(),
          report.total().toMillis(), folder + "/" + jsonName, folder + "/" + markdownName, report.summary(),
          report.error())).write(dir);
    }
  }
}
