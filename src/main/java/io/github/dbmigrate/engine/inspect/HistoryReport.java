package io.github.dbmigrate.engine.inspect;

import io.github.dbmigrate.engine.Durations;
import io.github.dbmigrate.engine.history.AppliedVersion;
import io.github.dbmigrate.engine.status.Json;
import io.github.dbmigrate.engine.status.MigrationState;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * What {@code history} found: every version in the range, newest first, as columns for the log and
 * as JSON for pipelines ({@code history.json}).
 */
public record HistoryReport(String database, String table, VersionRange range, List<HistoryEntry> entries) {

  public long count(MigrationState state) {
    return entries.stream().filter(e -> e.state() == state).count();
  }

  public long count(Recording recording) {
    return entries.stream().filter(e -> e.recording() == recording).count();
  }

  /** One line per version under a header; nothing cut, the name last so long names widen nothing else. */
  public List<String> lines() {
    TextTable table = new TextTable("VERSION", "STATE", "RECORDED", "APPLIED AT", "TOOK", "BY", "ENVIRONMENT",
        "CHECKSUM", "NAME");
    for (HistoryEntry e : entries) {
      AppliedVersion row = e.row();
      table.add(e.version(), e.state().label(), e.recording() == null ? "" : e.recording().label(),
          row == null ? "" : orUnknown(row.appliedAt()),
          row == null ? "" : row.executionMs() == null ? "-" : Durations.format(Duration.ofMillis(row.executionMs())),
          row == null ? "" : orUnknown(row.appliedBy()),
          row == null ? "" : orUnknown(row.environment()),
          e.checksum() == null ? "" : e.checksum().label(),
          e.name() == null ? "?" : e.name());
    }
    return table.lines();
  }

  private static String orUnknown(Object value) {
    return value == null ? "?" : value.toString();
  }

  /** Counts, leaving out kinds there are none of: {@code 3 version(s): 1 recorded (1 marked), 2 pending}. */
  public String summary() {
    String listed = (entries.isEmpty() ? "No version" : entries.size() + " version(s)")
        + (range.isAll() ? "" : " from " + range.describe());
    long recorded = entries.stream().filter(e -> e.row() != null).count();
    List<String> how = counts(count(Recording.RAN) + " ran", count(Recording.MARKED) + " marked",
        count(Recording.UNKNOWN) + " without details");
    List<String> kinds = counts(recorded + " recorded" + (how.isEmpty() ? "" : " (" + String.join(", ", how) + ")"),
        count(MigrationState.PENDING) + " pending");
    List<String> notable = counts(count(MigrationState.CHANGED) + " changed since applied",
        count(MigrationState.NO_FILE) + " with no file", count(MigrationState.NOT_A_VERSION) + " not a version");
    return listed + (kinds.isEmpty() ? "" : ": " + String.join(", ", kinds))
        + (notable.isEmpty() ? "" : "; " + String.join(", ", notable));
  }

  private static List<String> counts(String... counted) {
    return Arrays.stream(counted).filter(text -> !text.startsWith("0 ")).toList();
  }

  public String toJson() {
    StringBuilder items = new StringBuilder(entries.size() * 320);
    for (HistoryEntry e : entries) {
      AppliedVersion row = e.row();
      items.append(items.isEmpty() ? "" : ",\n")
          .append("    {\"version\": ").append(Json.string(e.version()))
          .append(", \"name\": ").append(Json.string(e.name()))
          .append(", \"state\": ").append(Json.string(e.state().label()))
          .append(", \"recorded\": ").append(Json.string(e.recording() == null ? null : e.recording().label()))
          .append(", \"appliedAt\": ").append(Json.string(row == null ? null : instant(row.appliedAt())))
          .append(", \"executionMs\": ").append(row == null || row.executionMs() == null ? "null" : row.executionMs())
          .append(", \"appliedBy\": ").append(Json.string(row == null ? null : row.appliedBy()))
          .append(", \"environment\": ").append(Json.string(row == null ? null : row.environment()))
          .append(", \"checksum\": ").append(Json.string(e.checksum() == null ? null : e.checksum().label()))
          .append(", \"recordedChecksum\": ").append(Json.string(row == null ? null : row.checksum()))
          .append(", \"upFile\": ").append(Json.string(e.upFile()))
          .append(", \"downFile\": ").append(Json.string(e.downFile()))
          .append('}');
    }
    return "{\n  \"database\": " + Json.string(database) + ",\n  \"table\": " + Json.string(table)
        + ",\n  \"from\": " + Json.string(range.from()) + ",\n  \"to\": " + Json.string(range.to())
        + ",\n  \"versions\": [\n" + items + (entries.isEmpty() ? "" : "\n") + "  ]\n}\n";
  }

  private static String instant(Instant at) {
    return at == null ? null : at.toString();
  }
}
