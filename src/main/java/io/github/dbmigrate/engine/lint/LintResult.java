package io.github.dbmigrate.engine.lint;

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
}
