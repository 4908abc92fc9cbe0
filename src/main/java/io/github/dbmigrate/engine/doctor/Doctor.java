package io.github.dbmigrate.engine.doctor;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.Goal;
import io.github.dbmigrate.engine.Refused;
import io.github.dbmigrate.engine.doctor.Check.Outcome;
import io.github.dbmigrate.engine.event.EngineEvent.Level;
import io.github.dbmigrate.engine.event.EngineListener;
import io.github.dbmigrate.engine.event.Note;
import io.github.dbmigrate.engine.event.Summary;
import io.github.dbmigrate.engine.report.ReportFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * "Is this environment ready?": checks everything a real run needs (the URL and driver, the server,
 * who the run is and where its history table is, the privileges to create tables and write the
 * history, the lock, the history table's shape, the migration files and, on PostgreSQL in one
 * transaction, the lock table's size) and prints a checklist, each line passed or failed with the
 * fix. Fails when any check fails; a check that cannot be answered is a warning. Changes nothing.
 * The checklist is also written to {@code doctor.json}.
 */
public final class Doctor {

  /** What {@link #check} writes to the report directory. */
  public static final String FILE = "doctor.json";

  private final EngineConfig config;

  /** Checks as {@code config} says, its events going to {@code listener}. */
  public Doctor(EngineConfig config, EngineListener listener) {
    this.config = config.withListener(listener);
  }

  /** The checklist, when no check failed; otherwise throws {@link Refused} naming each failed check and its fix. */
  public Checklist check() {
    return ReportFiles.around("doctor", config, listener -> {
      String target = config.target().name();
      String url = config.target().database().safeUrl();
      listener.on(new Note(target, Level.INFO, "Checking what a run against " + url + " needs:"));
      Checklist list = new Checklist(url, new Examination(config).run());
      for (Check check : list.checks()) {
        Level level = check.outcome() == Outcome.FAILED || check.outcome() == Outcome.WARNING ? Level.WARN : Level.INFO;
        listener.on(new Note(target, level, "  " + check.line()));
      }
      write(list, listener, target);
      if (!list.passed()) {
        List<String> failed = list.with(Outcome.FAILED).stream().map(Check::line).toList();
        throw new Refused(failed, "doctor: " + list.counts() + ". A run against " + url + " would fail:\n  - "
            + String.join("\n  - ", failed));
      }
      listener.on(new Summary(target, "doctor: " + list.counts() + ": ready for "
          + config.frontEnd().goal(Goal.UP) + "."));
      return list;
    });
  }

  private void write(Checklist list, EngineListener listener, String target) {
    Path file = config.outputs().file(FILE);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, config.target().redactor().mask(list.toJson()), StandardCharsets.UTF_8);
    } catch (IOException e) {
      listener.on(new Note(target, Level.WARN, "Cannot write " + file + ": " + e.getMessage()));
    }
  }
}
