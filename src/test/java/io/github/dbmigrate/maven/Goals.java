package io.github.dbmigrate.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.maven.settings.Settings;

/** Builds goals as Maven would configure them, for tests that run them without a Maven process. */
final class Goals {

  private Goals() {}

  /**
   * A goal with the defaults its parameters have in a POM, pointed at {@code url} and {@code dir} where
   * it declares them.
   */
  static <T extends AbstractDbMigrateMojo> T configure(T mojo, String url, Path dir, CapturingLog log,
      Consumer<T> customise) {
    mojo.processEnvironment = Map.of();
    if (mojo instanceof AbstractOfflineMojo offline) {
      offline.dir = dir.toString();
    }
    if (mojo instanceof AbstractFileCheckMojo checking) {
      checking.reportDir = new File(dir.toFile(), "report");
      checking.lint = "error"; // the parameter's default
    }
    if (mojo instanceof AbstractConnectingMojo connecting) {
      connecting.url = url;
      connecting.reportDir = new File(dir.toFile(), "report");
      connecting.settings = new Settings();
    }
    if (mojo instanceof AbstractMigrationsMojo reading) {
      reading.table = "dbmigrate_versions";
      reading.dir = dir.toString();
    }
    if (mojo instanceof AbstractChangingMojo changing) {
      changing.lockTimeout = "10s";
    }
    mojo.setLog(log);
    customise.accept(mojo);
    return mojo;
  }
}
