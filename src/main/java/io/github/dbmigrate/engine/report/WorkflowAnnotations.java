package io.github.dbmigrate.engine.report;

import io.github.dbmigrate.engine.Paths;
import io.github.dbmigrate.engine.lint.Finding;
import io.github.dbmigrate.engine.lint.Level;
import java.nio.file.Path;
import java.util.Optional;

/**
 * GitHub Actions workflow commands that put a lint finding on its file and line in a pull request:
 * {@code ::error file=db/x.up.sql,line=3,title=drop-column::message}. The runner reads them only at
 * the start of a line, so the front end prints them apart from its log's prefixes.
 */
public final class WorkflowAnnotations {

  private WorkflowAnnotations() {}

  /**
   * The annotation of {@code finding}, its path relative to {@code base} (the workspace the
   * repository is checked out in) when under it; empty for an allowed finding.
   */
  public static Optional<String> of(Finding finding, Path base) {
    if (finding.allowed()) {
      return Optional.empty();
    }
    String command = finding.level() == Level.ERROR ? "error" : "warning";
    return Optional.of("::" + command + " file=" + property(path(finding.file(), base)) + ",line=" + finding.line()
        + ",title=" + property(finding.rule().id()) + "::" + data(finding.message()));
  }

  private static String path(Path file, Path base) {
    if (Paths.inArchive(file) || base == null) {
      return Paths.display(file);
    }
    Path absolute = file.toAbsolutePath().normalize();
    Path root = base.toAbsolutePath().normalize();
    return (absolute.startsWith(root) ? root.relativize(absolute) : absolute).toString().replace('\\', '/');
  }

  /** A message, escaped as the runner unescapes it. */
  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A property value, which also must not hold the separators {@code :} and {@code ,}. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
