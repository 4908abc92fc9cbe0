package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.files.Migration;
import io.github.dbmigrate.engine.files.MigrationSet;
import io.github.dbmigrate.engine.history.AppliedVersion;
import io.github.dbmigrate.engine.status.ChecksumState;
import io.github.dbmigrate.engine.status.MigrationState;
import io.github.dbmigrate.engine.status.StatusRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Files against history, version by version: what {@code status} shows and {@code verify} judges. */
public final class StateComparison {

  private StateComparison() {}

  /**
   * One row per version found in either the files or the history, in version order, after the
   * recorded values that are no version at all (never compared with the files).
   */
  public static List<StatusRow> rows(MigrationSet files, Map<String, AppliedVersion> applied) {
    List<StatusRow> rows = new ArrayList<>();
    for (AppliedVersion row : applied.values()) {
      if (!row.isVersion()) {
        rows.add(new StatusRow(row.version(), row.name(), MigrationState.NOT_A_VERSION, row.appliedAt(), null));
      }
    }
    TreeSet<String> versions = new TreeSet<>(Planner.versionsOnly(applied).keySet());
    files.all().forEach(m -> versions.add(m.version()));
    for (String version : versions) {
      Migration file = files.get(version);
      AppliedVersion row = applied.get(version);
      if (file == null) {
        rows.add(new StatusRow(version, row.name(), MigrationState.NO_FILE, row.appliedAt(), null));
      } else if (row == null) {
        rows.add(new StatusRow(version, file.name(), MigrationState.PENDING, null, null));
      } else {
        ChecksumState checksum = Drift.check(row, file);
        rows.add(new StatusRow(version, file.name(), checksum == ChecksumState.CHANGED
            ? MigrationState.CHANGED : MigrationState.APPLIED, row.appliedAt(), checksum));
      }
    }
    return rows;
  }
}
