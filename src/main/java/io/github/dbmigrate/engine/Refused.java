package io.github.dbmigrate.engine;

import java.util.List;
import java.util.Map;

/**
 * The run stopped before changing anything because a check said no: a guard for protected
 * environments, strict mode, verify's findings, a plan that cannot run as asked.
 */
public final class Refused extends DbMigrateException {

  private final List<String> findings;

  /** @param findings the reasons, one per item the message lists (empty when it gives one reason) */
  public Refused(List<String> findings, String message) {
    super(message, null);
    this.findings = List.copyOf(findings);
  }

  public Refused(String message) {
    this(List.of(), message);
  }

  public List<String> findings() {
    return findings;
  }

  @Override
  public String kind() {
    return "refused";
  }

  @Override
  public Map<String, Object> details() {
    return findings.isEmpty() ? Map.of() : Map.of("findings", findings);
  }
}
