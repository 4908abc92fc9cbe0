package io.github.dbmigrate.maven;

import io.github.dbmigrate.engine.event.EngineEvent;
import io.github.dbmigrate.engine.event.EngineListener;
import io.github.dbmigrate.engine.event.LintFound;
import io.github.dbmigrate.engine.report.WorkflowAnnotations;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.maven.plugin.logging.Log;

/** Routes engine events to the build log, masking secrets once more on the way out. */
final class MavenLogListener implements EngineListener {

  private final Log log;
  private final java.util.function.UnaryOperator<String> mask;

  /** Where workflow annotations of lint findings go (GitHub Actions); {@code null} outside a workflow. */
  private final Consumer<String> annotations;
  private final Path workspace;

  MavenLogListener(Log log, java.util.function.UnaryOperator<String> mask) {
    this(log, mask, null, null);
  }

  /**
   * {@code annotations}: where to print a lint finding's workflow annotation, each at the start of a
   * line of its own ({@code null} for none); {@code workspace}: the directory its path is relative to.
   */
  MavenLogListener(Log log, java.util.function.UnaryOperator<String> mask, Consumer<String> annotations,
      Path workspace) {
    this.log = log;
    this.mask = mask;
    this.annotations = annotations;
    this.workspace = workspace;
  }

  @Override
  public void on(EngineEvent event) {
    if (annotations != null && event instanceof LintFound lint) {
      WorkflowAnnotations.of(lint.finding(), workspace).ifPresent(annotations);
    }
    if (!event.logged()) {
      return; // a fact for reports, not a line
    }
    boolean shown = switch (event.level()) {
      case ERROR -> log.isErrorEnabled();
      case WARN -> log.isWarnEnabled();
      case INFO -> log.isInfoEnabled();
      case DEBUG -> log.isDebugEnabled();
    };
    if (!shown) {
      return; // masking costs three regular expressions a line; -q runs skip them
    }
    String message = mask.apply(event.message());
    switch (event.level()) {
      case ERROR -> log.error(message);
      case WARN -> log.warn(message);
      case INFO -> log.info(message);
      case DEBUG -> log.debug(message);
    }
  }
}
