package io.github.dbmigrate.engine.lint;

import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.Refused;
import io.github.dbmigrate.engine.Setting;
import java.util.List;

/** Every finding of a lint, in file and line order, allowed ones included. */
public record LintResult(List<Finding> findings) {

  public LintResult {
    findings = List.copyOf(findings);
  }

  /** Findings at level error that no allow comment covers: any of them fails the lint. */
  public List<Finding> errors() {
    return findings.stream().filter(f -> !f.allowed() && f.level() == Level.ERROR).toList();
  }

  /** Findings at level warn that no allow comment covers. */
  public List<Finding> warnings() {
    return findings.stream().filter(f -> !f.allowed() && f.level() == Level.WARN).toList();
  }

  /** Findings an allow comment covers, each with its reason. */
  public List<Finding> allowed() {
    return findings.stream().filter(Finding::allowed).toList();
  }

  public boolean failed() {
    return !errors().isEmpty();
  }

  /** The counts, for a summary: {@code 1 error, 2 warnings, 1 allowed}, or {@code no unsafe change}. */
  public String counts() {
    if (findings.isEmpty()) {
      return "no unsafe change";
    }
    StringBuilder out = new StringBuilder();
    count(out, errors().size(), "error", "errors");
    count(out, warnings().size(), "warning", "warnings");
    count(out, allowed().size(), "allowed", "allowed");
    return out.toString();
  }

  private static void count(StringBuilder out, int n, String one, String many) {
    if (n > 0) {
      out.append(out.isEmpty() ? "" : ", ").append(n).append(' ').append(n == 1 ? one : many);
    }
  }

  /**
   * What to do about the errors, after the lines that list them: fix, allow with a reason, or only
   * warn.
   */
  public static String whatToDo(FrontEnd words) {
    return "Do it the safe way each line describes (usually several migrations, each deployed on its own),"
        + " or, once reviewed, allow it with a reason on the line before the statement: '-- dbmigrate:allow"
        + " <rule-id>: <why this is safe here>'. " + words.option(Setting.LINT, "warn") + " reports them as"
        + " warnings only.";
  }

  /**
   * The failure of a goal that refuses to run the unsafe changes ({@code up}, {@code redo}): {@code
   * what} says what stops, followed by each error as a line {@code path:line: rule-id: message}.
   */
  public Refused refusalListingErrors(String what, FrontEnd words) {
    List<String> lines = errors().stream().map(Finding::text).toList();
    return new Refused(lines, what + ":\n  - " + String.join("\n  - ", lines) + "\n" + whatToDo(words));
  }

  /**
   * The failure of a goal that judged every file ({@code lint}, {@code validate}) after the log showed
   * the errors at error level: {@code what} says what was found. It also says how a project whose
   * older files are long deployed judges only the newer ones, since those older files now fail it.
   */
  public Refused refusalAfterLoggedErrors(String what, FrontEnd words) {
    List<String> lines = errors().stream().map(Finding::text).toList();
    return new Refused(lines, what + " (the ERROR lines above).\n" + whatToDo(words) + " Files deployed long"
        + " ago need no change: " + words.option(Setting.LINT_FROM, "<the first version not deployed yet>")
        + " judges only the newer ones.");
  }
}
