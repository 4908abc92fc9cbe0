package io.github.dbmigrate.engine.status;

import java.util.ArrayList;
import java.util.List;

/** The state of every known version, as a table for the log and as JSON for pipelines. */
public record StatusReport(String database, String table, List<StatusRow> rows) {

  public long count(MigrationState state) {
    return rows.stream().filter(r -> r.state() == state).count();
  }

  /** Applied versions whose checksum cannot be compared (the Go tool records none). */
  public long unknownChecksums() {
    return rows.stream().filter(r -> r.checksum() == ChecksumState.UNKNOWN).count();
  }

  public String summary() {
    long changed = count(MigrationState.CHANGED);
    long unknown = unknownChecksums();
    return count(MigrationState.APPLIED) + " applied, "
        + (changed == 0 ? "" : changed + " changed since applied, ")
        + count(MigrationState.PENDING) + " pending, "
        + count(MigrationState.NO_FILE) + " applied with no file"
        + (unknown == 0 ? "" : "; " + unknown + " applied without a checksum to compare")
        + notAVersion();
  }

  private String notAVersion() {
    long n = count(MigrationState.NOT_A_VERSION);
    return n == 0 ? "" : n == 1 ? "; 1 recorded value that is not a version"
        : "; " + n + " recorded values that are not versions";
  }

  /** Fixed-width lines: version, name, state, applied at. */
  public List<String> tableLines() {
    List<String[]> cells = new ArrayList<>();
    cells.add(new String[] {"VERSION", "NAME", "STATE", "APPLIED AT"});
    for (StatusRow row : rows) {
      cells.add(new String[] {row.version(), row.name() == null ? "?" : row.name(), row.state().label(),
          row.appliedAt() == null ? (row.state() == MigrationState.PENDING ? "" : "?")
              : row.appliedAt().toString()});
    }
    int[] widths = new int[4];
    for (String[] line : cells) {
      for (int i = 0; i < 4; i++) {
        widths[i] = Math.max(widths[i], line[i].length());
      }
    }
    List<String> lines = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String[] line : cells) {
      text.setLength(0);
      for (int i = 0; i < 3; i++) {
        text.append(line[i]);
        for (int pad = line[i].length(); pad < widths[i] + 2; pad++) {
          text.append(' ');
        }
      }
      lines.add(text.append(line[3]).toString().stripTrailing());
    }
    return lines;
  }

  public String toJson() {
    // one builder for thousands of rows: a status of 10 000 versions is written on every run
    StringBuilder items = new StringBuilder(rows.size() * 160);
    for (StatusRow r : rows) {
      items.append(items.isEmpty() ? "" : ",\n")
          .append("    {\"version\": ").append(Json.string(r.version()))
          .append(", \"name\": ").append(Json.string(r.name()))
          .append(", \"state\": ").append(Json.string(r.state().label()))
          .append(", \"appliedAt\": ").append(Json.string(r.appliedAt() == null ? null : r.appliedAt().toString()))
          .append(", \"checksum\": ").append(Json.string(r.checksum() == null ? null : r.checksum().label()))
          .append('}');
    }
    return "{\n  \"database\": " + Json.string(database) + ",\n  \"table\": " + Json.string(table)
        + ",\n  \"applied\": " + count(MigrationState.APPLIED)
        + ",\n  \"pending\": " + count(MigrationState.PENDING)
        + ",\n  \"changed\": " + count(MigrationState.CHANGED)
        + ",\n  \"noFile\": " + count(MigrationState.NO_FILE)
        + ",\n  \"unknownChecksum\": " + unknownChecksums()
        + ",\n  \"notAVersion\": " + count(MigrationState.NOT_A_VERSION)
        + ",\n  \"migrations\": [\n" + items + (rows.isEmpty() ? "" : "\n") + "  ]\n}\n";
  }
}
