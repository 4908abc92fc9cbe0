package io.github.dbmigrate.engine;

import java.util.List;
import java.util.Map;

/** Migration files that cannot run as they are (names, duplicates, encoding, scripts that do not split). */
public final class MalformedFiles extends DbMigrateException {

  private final List<String> problems;

  /** @param problems one line per file and problem, as the message lists them */
  public MalformedFiles(List<String> problems, String message) {
    this(problems, message, null);
  }

  public MalformedFiles(List<String> problems, String message, Throwable cause) {
    super(message, cause);
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }

  @Override
  public String kind() {
    return "malformedFiles";
  }

  @Override
  public Map<String, Object> details() {
    return Map.of("problems", problems);
  }
}
