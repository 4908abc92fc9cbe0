package io.github.dbmigrate.engine.inspect;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.FileProblem;
import io.github.dbmigrate.engine.Paths;
import io.github.dbmigrate.engine.event.EngineEvent.Level;
import io.github.dbmigrate.engine.event.Note;
import io.github.dbmigrate.engine.event.StatusLine;
import io.github.dbmigrate.engine.event.Summary;
import io.github.dbmigrate.engine.files.Migration;
import io.github.dbmigrate.engine.files.MigrationSet;
import io.github.dbmigrate.engine.history.AppliedVersion;
import io.github.dbmigrate.engine.report.ReportFiles;
import io.github.dbmigrate.engine.run.Migrator;
import io.github.dbmigrate.engine.run.StateComparison;
import io.github.dbmigrate.engine.run.Verifier;
import io.github.dbmigrate.engine.status.MigrationState;
import io.github.dbmigrate.engine.status.StatusRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The {@code history} command, Alembic's {@code history --verbose}: every version, newest first, with
 * everything its row records. Reads only: no lock, and a missing history table is not created.
 */
public final class History {

  /** What {@link #list} writes to the report directory. */
  public static final String FILE = "history.json";

  private final EngineConfig config;

  public History(EngineConfig config) {
    this.config = config;
  }

  /** Lists the versions in {@code range} and writes {@code history.json}. */
  public HistoryReport list(VersionRange range) {
    return ReportFiles.around("history", config, listener -> {
      MigrationSet files = config.sources().files(config.frontEnd()); // bad files are named before connecting
      Migrator.ReadHistory history = Migrator.readHistory(config, "history", listener);
      String target = config.target().name();
      List<HistoryEntry> versions = new ArrayList<>();
      List<HistoryEntry> notVersions = new ArrayList<>();
      for (StatusRow status : StateComparison.rows(files, history.applied())) {
        AppliedVersion row = history.applied().get(status.version());
        boolean isVersion = status.state() != MigrationState.NOT_A_VERSION;
        if (range.contains(status.version(), isVersion)) {
          (isVersion ? versions : notVersions).add(entry(status, row, files.get(status.version())));
        }
        if (!isVersion && range.contains(status.version(), false)) {
          listener.on(new Note(target, Level.WARN,
              Verifier.notAVersion(status, history.table(), config) + "."));
        }
      }
      List<HistoryEntry> entries = new ArrayList<>(versions);
      Collections.reverse(entries);
      entries.addAll(notVersions); // they sort nowhere: listed after the oldest version
      HistoryReport report = new HistoryReport(config.target().database().safeUrl(), history.table().toString(),
          range, List.copyOf(entries));
      report.lines().forEach(line -> listener.on(new StatusLine(target, line)));
      listener.on(new Summary(target, report.summary() + "."));
      write(config.outputs().file(FILE), report.toJson());
      return report;
    });
  }

  private static HistoryEntry entry(StatusRow status, AppliedVersion row, Migration file) {
    return new HistoryEntry(status.version(), status.name(), status.state(), Recording.of(row),
        status.checksum(), row, file == null ? null : Paths.display(file.up()),
        file == null || !file.hasDown() ? null : Paths.display(file.down()));
  }

  static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new FileProblem(file, "Cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
