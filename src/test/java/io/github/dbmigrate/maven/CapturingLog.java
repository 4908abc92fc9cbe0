package io.github.dbmigrate.maven;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.maven.plugin.logging.Log;

/** A build log kept in memory, with every level enabled (unless told otherwise), so tests see all a goal would print. */
final class CapturingLog implements Log {

  final List<String> lines = new CopyOnWriteArrayList<>();
  /** Whether {@code -X} is on; the build's default is off. */
  boolean debug = true;

  String text() {
    return String.join("\n", lines);
  }

  private void add(String level, CharSequence content, Throwable error) {
    lines.add("[" + level + "] " + content + (error == null ? "" : " " + error));
  }

  @Override public boolean isDebugEnabled() { return debug; }
  @Override public void debug(CharSequence content) { add("DEBUG", content, null); }
  @Override public void debug(CharSequence content, Throwable error) { add("DEBUG", content, error); }
  @Override public void debug(Throwable error) { add("DEBUG", "", error); }
  @Override public boolean isInfoEnabled() { return true; }
  @Override public void info(CharSequence content) { add("INFO", content, null); }
  @Override public void info(CharSequence content, Throwable error) { add("INFO", content, error); }
  @Override public void info(Throwable error) { add("INFO", "", error); }
  @Override public boolean isWarnEnabled() { return true; }
  @Override public void warn(CharSequence content) { add("WARNING", content, null); }
  @Override public void warn(CharSequence content, Throwable error) { add("WARNING", content, error); }
  @Override public void warn(Throwable error) { add("WARNING", "", error); }
  @Override public boolean isErrorEnabled() { return true; }
  @Override public void error(CharSequence content) { add("ERROR", content, null); }
  @Override public void error(CharSequence content, Throwable error) { add("ERROR", content, error); }
  @Override public void error(Throwable error) { add("ERROR", "", error); }
}
