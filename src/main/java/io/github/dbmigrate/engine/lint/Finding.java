package io.github.dbmigrate.engine.lint;

import io.github.dbmigrate.engine.Paths;
import java.nio.file.Path;

/**
 * What a rule found at one statement.
 *
 * @param file the script
 * @param line the line the statement starts on
 * @param rule the rule
 * @param level {@link Level#ERROR} or {@link Level#WARN}, after the settings
 * @param subject what the statement does, in a few words ({@code DROP COLUMN users.email})
 * @param allowedBecause the reason of the {@code dbmigrate:allow} comment that allows it; null when
 *     not allowed
 */
public record Finding(Path file, int line, Rule rule, Level level, String subject, String allowedBecause) {

  public boolean allowed() {
    return allowedBecause != null;
  }

  /** The rule's message for this statement: what it does, what goes wrong, the safe way. */
  public String message() {
    return subject + ": " + rule.problem() + " Safe: " + rule.recipe();
  }

  /** One line as compilers print it: {@code path:line: rule-id: message}. */
  public String text() {
    return Paths.display(file) + ":" + line + ": " + rule.id() + ": " + message()
        + (allowed() ? " (allowed: " + allowedBecause + ")" : "");
  }
}
