package io.github.dbmigrate.engine.doctor;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.TxnMode;
import io.github.dbmigrate.engine.db.DatabaseTarget;
import io.github.dbmigrate.engine.dialect.TableName;
import io.github.dbmigrate.engine.doctor.Check.Outcome;
import io.github.dbmigrate.engine.run.Migrator;
import io.github.dbmigrate.engine.testing.Configs;
import io.github.dbmigrate.engine.testing.RecordingListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** Runs doctor and up on one database, as a user would, for the doctor tests of every database. */
final class DoctorFixture {

  static final String V1 = "20240101000000";
  static final String V2 = "20240102000000";

  final Path dir;
  final Path reportDir;
  final RecordingListener listener = new RecordingListener();

  DoctorFixture(Path temp) throws IOException {
    this.dir = Files.createDirectories(temp.resolve("migrations"));
    this.reportDir = temp.resolve("report");
  }

  void write(String name, String sql) throws IOException {
    Files.writeString(dir.resolve(name), sql);
  }

  EngineConfig config(DatabaseTarget target, TxnMode mode, boolean noLock) {
    return Configs.of(target, new TableName(null, "dbmigrate_versions"), List.of(dir), mode,
        Duration.ofSeconds(5), noLock, reportDir, "tester");
  }

  /** As a run without {@code txnMode} is configured: the database's default mode. */
  EngineConfig config(String url) {
    return config(new DatabaseTarget(url, null, null), null, false);
  }

  Checklist doctor(EngineConfig config) {
    return new Doctor(config, listener).check();
  }

  void up(EngineConfig config) {
    new Migrator(config, listener).up();
  }

  String json() throws IOException {
    return Files.readString(reportDir.resolve(Doctor.FILE));
  }

  /** The checklist as the log shows it, for failure messages. */
  static String lines(Checklist list) {
    return list.checks().stream().map(Check::line).collect(Collectors.joining("\n"));
  }

  static Outcome outcome(Checklist list, String check) {
    return list.check(check).outcome();
  }
}
