package io.github.dbmigrate.engine.report;

import io.github.dbmigrate.engine.Durations;
import io.github.dbmigrate.engine.Paths;
import io.github.dbmigrate.engine.ReportOrigin;
import io.github.dbmigrate.engine.status.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one goal did to a database, collected while it runs and written as {@code report.json} and
 * {@code report.md} even when it fails, so a pipeline can publish what happened. Filled by a
 * {@link ReportListener} from the run's events; one goal against one target, one thread.
 */
public final class RunReport {

  /** The version of the files' layout, raised when a field changes meaning or goes away (not when one is added). */
  public static final int FORMAT = 1;

  /** A script that ran (or, in a dry run, would run). */
  public record Ran(String version, String name, String file, String direction, Duration took) {}

  /** A change to the history table made without running a script ({@code mark}, {@code unmark}). */
  public record HistoryEdit(String action, String version, String name) {}

  private final String goal;
  private final String database;
  private final String table;
  private final String environment;
  private final boolean dryRun;
  private final Instant startedAt = Instant.now();
  private final List<Ran> ran = new ArrayList<>();
  private final List<String> outOfOrder = new ArrayList<>();
  private final List<String> drift = new ArrayList<>();
  private final List<HistoryEdit> edits = new ArrayList<>();
  private final List<String> findings = new ArrayList<>();
  private final List<io.github.dbmigrate.engine.lint.Finding> lint = new ArrayList<>();
  private Duration lockWait;
  private Duration total = Duration.ZERO;
  private String summary;
  private String error;
  private Failure failure;
  private String dryRunFile;
  /** The run's variables as output may show them (secret values masked). */
  private Map<String, String> variables = Map.of();
  private ReportOrigin origin = ReportOrigin.PLAIN;
  private String product;
  private String productVersion;

  RunReport(String goal, String database, String table, String environment, boolean dryRun) {
    this.goal = goal;
    this.database = database;
    this.table = table;
    this.environment = environment;
    this.dryRun = dryRun;
  }

  public String goal() {
    return goal;
  }

  public List<Ran> ran() {
    return List.copyOf(ran);
  }

  public String error() {
    return error;
  }

  String database() {
    return database;
  }

  String startedAt() {
    return startedAt.toString();
  }

  Duration total() {
    return total;
  }

  String summary() {
    return summary;
  }

  /** Which tool wrote the report, in which build and execution. */
  void origin(ReportOrigin writtenBy) {
    origin = writtenBy;
  }

  /** The database server as the goal's connection described itself. */
  void server(String productName, String version) {
    product = productName;
    productVersion = version;
  }

  void ran(String version, String name, String file, String direction, Duration took) {
    ran.add(new Ran(version, name, file, direction, took));
  }

  void outOfOrder(List<String> versions) {
    outOfOrder.addAll(versions);
  }

  void drift(String description) {
    drift.add(description);
  }

  void edit(String action, String version, String name) {
    edits.add(new HistoryEdit(action, version, name));
  }

  /** Something a check found, such as a pending version {@code verify} reports. */
  void finding(String text) {
    findings.add(text);
  }

  /** An unsafe change the lint found, or one an allow comment allows. */
  void lint(io.github.dbmigrate.engine.lint.Finding finding) {
    lint.add(finding);
  }

  void lockWait(Duration waited) {
    lockWait = waited;
  }

  /** The one-sentence outcome the log also shows. */
  void summary(String text) {
    summary = text;
  }

  /** The run's variables, {@code ****} already in place of secret values. */
  void variables(Map<String, String> shown) {
    variables = new LinkedHashMap<>(shown);
  }

  void dryRunFile(String path) {
    dryRunFile = path;
  }

  void succeeded(Duration took) {
    total = took;
  }

  void failed(Duration took, String message) {
    total = took;
    error = message == null ? "failed without a message" : message;
  }

  /** Failed with {@code why}, already masked: its message is the report's error. */
  public void failed(Duration took, Failure why) {
    failed(took, why.message());
    failure = why;
  }

  /** The failure, when the goal failed with one; {@code null} otherwise. */
  public Failure failure() {
    return failure;
  }

  public String toJson() {
    StringBuilder out = new StringBuilder("{\n");
    field(out, "format", String.valueOf(FORMAT));
    field(out, "tool", Json.string(origin.tool()));
    field(out, "toolVersion", Json.string(origin.toolVersion()));
    field(out, "build", Json.string(origin.build()));
    field(out, "goal", Json.string(goal));
    field(out, "execution", Json.string(origin.execution()));
    field(out, "outcome", Json.string(error == null ? "success" : "failure"));
    field(out, "dryRun", String.valueOf(dryRun));
    field(out, "database", Json.string(database));
    field(out, "databaseProduct", Json.string(product));
    field(out, "databaseVersion", Json.string(productVersion));
    field(out, "table", Json.string(table));
    field(out, "environment", Json.string(environment));
    field(out, "startedAt", Json.string(startedAt.toString()));
    field(out, "durationMs", String.valueOf(total.toMillis()));
    field(out, "lockWaitMs", lockWait == null ? "null" : String.valueOf(lockWait.toMillis()));
    field(out, "variables", variables.entrySet().stream()
        .map(e -> Json.string(e.getKey()) + ": " + Json.string(e.getValue()))
        .collect(Collectors.joining(", ", "{", "}")));
    field(out, "summary", Json.string(summary));
    field(out, "error", Json.string(error));
    field(out, "failure", failure == null ? "null" : failure.toJson());
    field(out, "dryRunFile", Json.string(dryRunFile));
    field(out, "migrations", list(ran.stream().map(r -> "{\"version\": " + Json.string(r.version())
        + ", \"name\": " + Json.string(r.name()) + ", \"file\": " + Json.string(r.file())
        + ", \"direction\": " + Json.string(r.direction()) + ", \"durationMs\": " + r.took().toMillis()
        + "}").toList()));
    field(out, "outOfOrder", list(outOfOrder.stream().map(Json::string).toList()));
    field(out, "drift", list(drift.stream().map(Json::string).toList()));
    field(out, "historyEdits", list(edits.stream().map(e -> "{\"action\": " + Json.string(e.action())
        + ", \"version\": " + Json.string(e.version()) + ", \"name\": " + Json.string(e.name()) + "}")
        .toList()));
    field(out, "lint", list(lint.stream().map(RunReport::lintJson).toList()));
    out.append("  \"findings\": ").append(list(findings.stream().map(Json::string).toList())).append("\n}\n");
    return out.toString();
  }

  /** A short Markdown summary, for people and for GitHub's job summary. */
  public String toMarkdown() {
    StringBuilder md = new StringBuilder();
    md.append("### dbmigrate ").append(goal)
        .append(BuildSummary.isDefault(goal, origin.execution()) ? "" : " (execution " + origin.execution() + ")")
        .append(dryRun ? " (dry run)" : "").append(": ")
        .append(error == null ? "success" : "**failed**").append("\n\n");
    md.append("| | |\n|---|---|\n");
    md.append("| database | `").append(cell(database)).append("`")
        .append(product == null ? "" : " (" + cell((product + " " + (productVersion == null ? "" : productVersion)).trim()) + ")").append(" |\n");
    if (table != null) { // wait reads no history
      md.append("| history table | `").append(cell(table)).append("` |\n");
    }
    if (environment != null) {
      md.append("| environment | ").append(cell(environment)).append(" |\n");
    }
    if (!variables.isEmpty()) {
      md.append("| variables | ").append(cell(variables.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
          .collect(Collectors.joining(", ")))).append(" |\n");
    }
    md.append("| took | ").append(Durations.format(total))
        .append(lockWait == null ? "" : " (lock wait " + Durations.format(lockWait) + ")").append(" |\n\n");
    if (summary != null) {
      md.append(summary).append("\n\n");
    }
    if (!ran.isEmpty()) {
      md.append(dryRun ? "Would run:\n\n" : "").append("| version | name | script | time |\n|---|---|---|---|\n");
      for (Ran r : ran) {
        md.append("| ").append(r.version()).append(" | ").append(cell(r.name())).append(" | ")
            .append(cell(r.file())).append(" | ").append(dryRun ? "-" : Durations.format(r.took()))
            .append(" |\n");
      }
      md.append('\n');
    }
    bullets(md, "Applied out of order", outOfOrder);
    bullets(md, "Drift (files edited after they were applied)", drift);
    bullets(md, "History edited without running scripts", edits.stream()
        .map(e -> e.action() + " " + e.version() + (e.name() == null ? "" : " " + e.name())).toList());
    bullets(md, "Findings", findings);
    bullets(md, "Lint (unsafe schema changes)", lint.stream().map(f -> (f.allowed() ? "allowed" : f.level().word())
        + ": `" + cell(f.text()) + "`").toList());
    if (dryRunFile != null) {
      md.append("Statements: `").append(cell(dryRunFile)).append("`\n\n");
    }
    if (error != null) {
      md.append("```\n").append(error.replace("```", "'''")).append("\n```\n");
    }
    return md.toString();
  }

  private static String lintJson(io.github.dbmigrate.engine.lint.Finding f) {
    return "{\"file\": " + Json.string(Paths.display(f.file())) + ", \"line\": " + f.line() + ", \"rule\": "
        + Json.string(f.rule().id()) + ", \"level\": " + Json.string(f.level().word()) + ", \"message\": "
        + Json.string(f.message()) + ", \"allowed\": " + Json.string(f.allowedBecause()) + "}";
  }

  private static void bullets(StringBuilder md, String title, List<String> items) {
    if (!items.isEmpty()) {
      md.append("**").append(title).append(":**\n\n");
      items.forEach(i -> md.append("- ").append(i).append('\n'));
      md.append('\n');
    }
  }

  private static String cell(String text) {
    return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
  }

  private static void field(StringBuilder out, String name, String json) {
    out.append("  ").append(Json.string(name)).append(": ").append(json).append(",\n");
  }

  private static String list(List<String> items) {
    return items.isEmpty() ? "[]" : items.stream().collect(Collectors.joining(",\n    ", "[\n    ", "\n  ]"));
  }
}
