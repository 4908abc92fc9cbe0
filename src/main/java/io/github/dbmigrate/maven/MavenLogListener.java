package io.github.dbmigrate.maven;

import io.github.dbmigrate.engine.EngineEvent;
import io.github.dbmigrate.engine.EngineListener;
import org.apache.maven.plugin.logging.Log;

/** Routes engine events to the build log, masking secrets once more on the way out. */
final class MavenLogListener implements EngineListener {

  private final Log log;
  private final java.util.function.UnaryOperator<String> mask;

  MavenLogListener(Log log, java.util.function.UnaryOperator<String> mask) {
    this.log = log;
    this.mask = mask;
  }

  @Override
  public void on(EngineEvent event) {
    if (!event.logged()) {
      return; // a fact for reports, not a line
    }
    boolean shown = switch (event.level()) {
      case WARN -> log.isWarnEnabled();
      case INFO -> log.isInfoEnabled();
      case DEBUG -> log.isDebugEnabled();
    };
    if (!shown) {
      return; // masking costs three regular expressions a line; -q runs skip them
    }
    String message = mask.apply(event.message());
    switch (event.level()) {
      case WARN -> log.warn(message);
      case INFO -> log.info(message);
      case DEBUG -> log.debug(message);
    }
  }
}
