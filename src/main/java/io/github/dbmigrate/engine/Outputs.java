package io.github.dbmigrate.engine;

import io.github.dbmigrate.engine.event.EngineListener;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a run's output goes: its report files, the job summary and the listener of its events. Two
 * targets run at once need outputs of their own (another directory, or another file prefix).
 *
 * @param reportDir where {@code report.json}, {@code report.md} (the latest run's, and each run's in a
 *     folder of its own), {@code summary.json}, {@code status.json} and {@code dry-run.sql} are written
 * @param filePrefix put before each of those file names ({@code ""} for none)
 * @param stepSummary a file to append the Markdown report to (GitHub's {@code GITHUB_STEP_SUMMARY});
 *     {@code null} for none
 * @param listener receives the run's events, masked and naming their target
 * @param frontEnd how messages name settings and goals (a build tool's or a command line's words);
 *     {@link FrontEnd#PLAIN} when {@code null}
 * @param origin the tool, build and execution the reports name, and which runs share a summary;
 *     {@link ReportOrigin#PLAIN} when {@code null}
 */
public record Outputs(Path reportDir, String filePrefix, Path stepSummary, EngineListener listener,
    FrontEnd frontEnd, ReportOrigin origin) {

  public Outputs {
    Objects.requireNonNull(reportDir, "reportDir");
    filePrefix = filePrefix == null ? "" : filePrefix;
    listener = listener == null ? EngineListener.SILENT : listener;
    frontEnd = frontEnd == null ? FrontEnd.PLAIN : frontEnd;
    origin = origin == null ? ReportOrigin.PLAIN : origin;
  }

  /** The usual outputs with events going to {@code listener}, in plain words. */
  public Outputs(Path reportDir, String filePrefix, Path stepSummary, EngineListener listener) {
    this(reportDir, filePrefix, stepSummary, listener, FrontEnd.PLAIN, ReportOrigin.PLAIN);
  }

  /** Files in {@code reportDir} under their usual names, no job summary, events ignored. */
  public static Outputs to(Path reportDir) {
    return new Outputs(reportDir, "", null, EngineListener.SILENT, FrontEnd.PLAIN, ReportOrigin.PLAIN);
  }

  public Outputs withFilePrefix(String prefix) {
    return new Outputs(reportDir, prefix, stepSummary, listener, frontEnd, origin);
  }

  public Outputs withStepSummary(Path file) {
    return new Outputs(reportDir, filePrefix, file, listener, frontEnd, origin);
  }

  public Outputs withListener(EngineListener newListener) {
    return new Outputs(reportDir, filePrefix, stepSummary, newListener, frontEnd, origin);
  }

  public Outputs withFrontEnd(FrontEnd words) {
    return new Outputs(reportDir, filePrefix, stepSummary, listener, words, origin);
  }

  public Outputs withOrigin(ReportOrigin newOrigin) {
    return new Outputs(reportDir, filePrefix, stepSummary, listener, frontEnd, newOrigin);
  }

  /** The output file of this name ({@code report.json}, ...) with the prefix, in the report directory. */
  public Path file(String name) {
    return reportDir.resolve(filePrefix + name);
  }
}
