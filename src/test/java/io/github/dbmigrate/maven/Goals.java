package io.github.dbmigrate.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.maven.settings.Settings;

/** Builds goals as Maven would configure them, for tests that run them without a Maven process. */
final class Goals {

  private Goals() {}

  /** A goal with the defaults its parameters have in a POM, pointed at {@code url} and {@code dir}. */
  static <T extends AbstractDbMigrateMojo> T configure(T mojo, String url, Path dir, CapturingLog log,
      Consumer<T> customise) {
    mojo.url = url;
    mojo.table = "dbmigrate_versions";
    mojo.dir = dir.toFile();
    mojo.txnMode = "all";
    mojo.lockTimeout = "10s";
    mojo.reportDir = new File(dir.toFile(), "report");
    mojo.settings = new Settings();
    mojo.processEnvironment = Map.of();
    if (mojo instanceof DownMojo down) {
      down.steps = 1;
    }
    mojo.setLog(log);
    customise.accept(mojo);
    return mojo;
  }
}
