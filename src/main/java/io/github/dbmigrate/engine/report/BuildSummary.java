package io.github.dbmigrate.engine.report;

import io.github.dbmigrate.engine.Durations;
import io.github.dbmigrate.engine.ReportOrigin;
import io.github.dbmigrate.engine.status.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code summary.json} and {@code summary.md}: every run of one build, in the order they ran, each
 * with the folder that keeps its reports. Each run reads the summary back, picks a folder no earlier
 * run of the build took, and rewrites both files; a summary of another build (or one that cannot be
 * read) is started afresh.
 */
final class BuildSummary {

  static final String JSON = "summary.json";
  static final String MARKDOWN = "summary.md";

  /** One run as the summary lists it; {@code report} and {@code markdown} are relative to the report directory. */
  record Entry(String goal, String execution, String target, String outcome, String database,
      String startedAt, long durationMs, String report, String markdown, String summary, String error) {

    String toJson() {
      return "{\"goal\": " + Json.string(goal) + ", \"execution\": " + Json.string(execution)
          + ", \"target\": " + Json.string(target) + ", \"outcome\": " + Json.string(outcome)
          + ", \"database\": " + Json.string(database) + ", \"startedAt\": " + Json.string(startedAt)
          + ", \"durationMs\": " + durationMs + ", \"report\": " + Json.string(report)
          + ", \"markdown\": " + Json.string(markdown) + ", \"summary\": " + Json.string(summary)
          + ", \"error\": " + Json.string(error) + "}";
    }

    static Entry of(Map<String, String> f) {
      return new Entry(f.get("goal"), f.get("execution"), f.get("target"), f.get("outcome"), f.get("database"),
          f.get("startedAt"), Long.parseLong(f.get("durationMs")), f.get("report"), f.get("markdown"),
          f.get("summary"), f.get("error"));
    }
  }

  private final ReportOrigin origin;
  private final List<Entry> runs;

  private BuildSummary(ReportOrigin origin, List<Entry> runs) {
    this.origin = origin;
    this.runs = runs;
  }

  /** The summary of {@code origin}'s build kept in {@code dir}; empty when there is none yet. */
  static BuildSummary read(Path dir, ReportOrigin origin) {
    Path file = dir.resolve(JSON);
    List<Entry> runs = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return new BuildSummary(origin, runs);
    }
    try {
      boolean sameBuild = false;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String trimmed = line.strip();
        if (trimmed.startsWith("\"build\":")) {
          sameBuild = trimmed.equals("\"build\": " + Json.string(origin.build()) + ",");
        } else if (trimmed.startsWith("{\"goal\":")) {
          runs.add(Entry.of(FlatJson.parse(trimmed.endsWith(",") ? trimmed.substring(0, trimmed.length() - 1)
              : trimmed)));
        }
      }
      return new BuildSummary(origin, sameBuild ? runs : new ArrayList<>());
    } catch (IOException | RuntimeException e) {
      return new BuildSummary(origin, new ArrayList<>()); // unreadable: this build's summary starts here
    }
  }

  /**
   * The folder for a run of {@code goal}: the goal's name, with the execution's when it is not one of
   * Maven's defaults, and {@code -2}, {@code -3}... when an earlier run of this build took it with
   * the same file name.
   */
  String folderFor(String goal, String execution, String reportFile) {
    String base = goal + (isDefault(goal, execution) ? "" : "-" + execution.replaceAll("[^A-Za-z0-9._-]", "_"));
    String folder = base;
    for (int n = 2; taken(folder + "/" + reportFile); n++) {
      folder = base + "-" + n;
    }
    return folder;
  }

  /** Whether {@code execution} names no execution of its own ({@code default-cli}, {@code default-up}). */
  static boolean isDefault(String goal, String execution) {
    return execution == null || execution.isBlank() || execution.equals("default")
        || execution.equals("default-cli") || execution.equals("default-" + goal);
  }

  private boolean taken(String report) {
    return runs.stream().anyMatch(run -> report.equals(run.report()));
  }

  BuildSummary with(Entry run) {
    List<Entry> more = new ArrayList<>(runs);
    more.add(run);
    return new BuildSummary(origin, more);
  }

  List<Entry> runs() {
    return List.copyOf(runs);
  }

  void write(Path dir) throws IOException {
    Files.writeString(dir.resolve(JSON), toJson(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(MARKDOWN), toMarkdown(), StandardCharsets.UTF_8);
  }

  /** One line per run, so that the next run can read it back without a JSON library. */
  String toJson() {
    return "{\n  \"format\": " + RunReport.FORMAT + ",\n  \"tool\": " + Json.string(origin.tool())
        + ",\n  \"toolVersion\": " + Json.string(origin.toolVersion()) + ",\n  \"build\": "
        + Json.string(origin.build()) + ",\n  \"runs\": ["
        + runs.stream().map(run -> "\n    " + run.toJson()).collect(Collectors.joining(","))
        + (runs.isEmpty() ? "]" : "\n  ]") + "\n}\n";
  }

  String toMarkdown() {
    StringBuilder md = new StringBuilder("## dbmigrate: the runs of this build\n\n")
        .append("| # | goal | outcome | database | took | report |\n|---|---|---|---|---|---|\n");
    for (int i = 0; i < runs.size(); i++) {
      Entry run = runs.get(i);
      md.append("| ").append(i + 1).append(" | ").append(run.goal())
          .append(isDefault(run.goal(), run.execution()) ? "" : " (" + run.execution() + ")")
          .append(run.target() == null || run.target().equals(run.database()) ? "" : " on " + run.target())
          .append(" | ")
          .append("success".equals(run.outcome()) ? "success" : "**failed**").append(" | ")
          .append(run.database() == null ? "none (files only)" : "`" + run.database().replace("|", "\\|") + "`")
          .append(" | ")
          .append(Durations.format(Duration.ofMillis(run.durationMs()))).append(" | [")
          .append(run.markdown()).append("](").append(run.markdown()).append(") |\n");
    }
    return md.toString();
  }
}
