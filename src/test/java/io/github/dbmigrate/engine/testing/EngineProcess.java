package io.github.dbmigrate.engine.testing;

import io.github.dbmigrate.engine.DbMigrateException;
import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.TxnMode;
import io.github.dbmigrate.engine.db.DatabaseTarget;
import io.github.dbmigrate.engine.dialect.TableName;
import io.github.dbmigrate.engine.run.Migrator;
import io.github.dbmigrate.maven.MavenFrontEnd;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code up} in a JVM of its own, as a separate deploy would, printing each event on a line of
 * its own; exit code 0 on success, 1 on a failure (whose message is printed after {@code FAILED}).
 */
public final class EngineProcess {

  public static void main(String[] args) {
    String url = args[0];
    Path dir = Path.of(args[1]);
    TxnMode mode = TxnMode.parse(args[2], MavenFrontEnd.INSTANCE);
    Duration lockTimeout = Duration.ofSeconds(Long.parseLong(args[3]));
    EngineConfig config = Configs.of(new DatabaseTarget(url, null, null),
        new TableName(null, EngineConfig.DEFAULT_TABLE), List.of(dir), mode, lockTimeout, false,
        dir.resolve("report"), "process").withFrontEnd(MavenFrontEnd.INSTANCE);
    try {
      new Migrator(config, event -> {
        if (event.logged()) {
          System.out.println(event.kind() + " " + event.message());
        }
      }).up();
      System.out.println("DONE");
      System.exit(0);
    } catch (DbMigrateException e) {
      System.out.println("FAILED " + e.getMessage());
      System.exit(1);
    }
  }

  /** Starts {@code up} in a new JVM with this test run's class path; output goes to {@code log}. */
  public static Process start(String url, Path dir, TxnMode mode, int lockTimeoutSeconds, File log)
      throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx128m", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"),
        EngineProcess.class.getName(), url, dir.toString(), mode.label(),
        String.valueOf(lockTimeoutSeconds)));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
  }

  /** Waits for a process, killing it if it outlives {@code timeout}. */
  public static int await(Process process, Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("process still running after " + timeout);
    }
    return process.exitValue();
  }

  private EngineProcess() {}
}
