package io.github.dbmigrate.engine.doctor;

import io.github.dbmigrate.engine.doctor.Check.Outcome;
import io.github.dbmigrate.engine.status.Json;
import java.util.List;
import java.util.Locale;

/**
 * What {@code doctor} found, one {@link Check} per line, in the order checked; written to the log
 * and to {@code doctor.json}.
 *
 * @param database the database's URL, its password masked
 * @param checks every check, passed or not
 */
public record Checklist(String database, List<Check> checks) {

  public Checklist {
    checks = List.copyOf(checks);
  }

  public List<Check> with(Outcome outcome) {
    return checks.stream().filter(c -> c.outcome() == outcome).toList();
  }

  /** Whether a real run may go ahead: no check failed (warnings allowed). */
  public boolean passed() {
    return with(Outcome.FAILED).isEmpty();
  }

  /** The check named {@code name}; for tests and pipelines reading the result. */
  public Check check(String name) {
    return checks.stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no check named " + name + " in " + checks));
  }

  /** {@code 7 passed, 1 warning, 1 failed}. */
  public String counts() {
    StringBuilder text = new StringBuilder();
    for (Outcome outcome : Outcome.values()) {
      int n = with(outcome).size();
      if (n > 0 || outcome == Outcome.PASSED) {
        text.append(text.isEmpty() ? "" : ", ").append(n).append(' ')
            .append(switch (outcome) {
              case PASSED -> "passed";
              case WARNING -> n == 1 ? "warning" : "warnings";
              case FAILED -> "failed";
              case SKIPPED -> "not checked";
            });
      }
    }
    return text.toString();
  }

  public String toJson() {
    StringBuilder items = new StringBuilder();
    for (Check c : checks) {
      items.append(items.isEmpty() ? "" : ",\n")
          .append("    {\"check\": ").append(Json.string(c.name()))
          .append(", \"outcome\": ").append(Json.string(c.outcome().name().toLowerCase(Locale.ROOT)))
          .append(", \"found\": ").append(Json.string(c.found()))
          .append(", \"fix\": ").append(Json.string(c.fix()))
          .append('}');
    }
    return "{\n  \"database\": " + Json.string(database) + ",\n  \"passed\": " + passed()
        + ",\n  \"checks\": [\n" + items + (checks.isEmpty() ? "" : "\n") + "  ]\n}\n";
  }
}
