package io.github.dbmigrate.engine.status;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

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
        + (unknown == 0 ? "" : "; " + unknown + " applied without a checksum to compare");
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
    for (String[] line : cells) {
      lines.add(String.format("%-" + widths[0] + "s  %-" + widths[1] + "s  %-" + widths[2] + "s  %s",
          (Object[]) line).stripTrailing());
    }
    return lines;
  }

  public String toJson() {
    String items = rows.stream().map(r -> "    {\"version\": " + Json.string(r.version())
            + ", \"name\": " + Json.string(r.name())
            + ", \"state\": " + Json.string(r.state().label())
            + ", \"appliedAt\": " + Json.string(r.appliedAt() == null ? null : r.appliedAt().toString())
            + ", \"checksum\": " + Json.string(r.checksum() == null ? null : r.checksum().label())
            + "}")
        .collect(Collectors.joining(",\n"));
    return "{\n  \"database\": " + Json.string(database) + ",\n  \"table\": " + Json.string(table)
        + ",\n  \"applied\": " + count(MigrationState.APPLIED)
        + ",\n  \"pending\": " + count(MigrationState.PENDING)
        + ",\n  \"changed\": " + count(MigrationState.CHANGED)
        + ",\n  \"noFile\": " + count(MigrationState.NO_FILE)
        + ",\n  \"unknownChecksum\": " + unknownChecksums()
        + ",\n  \"migrations\": [\n" + items + (rows.isEmpty() ? "" : "\n") + "  ]\n}\n";
  }
}
