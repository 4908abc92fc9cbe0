package io.github.dbmigrate.engine.doctor;

/**
 * One line of the doctor's checklist: what was checked, what was found and, when it is not passed,
 * what to do.
 *
 * @param name what was checked, in a few words ("create tables")
 * @param outcome passed, warning, failed or not checked
 * @param found what the check found, in a sentence
 * @param fix what to do, for a failure or a warning; null when passed
 */
public record Check(String name, Outcome outcome, String found, String fix) {

  /** How a check came out. */
  public enum Outcome {
    PASSED("ok"),
    /** Cannot be told from here (a privilege the catalog does not show), or fine but worth knowing. */
    WARNING("warn"),
    FAILED("FAIL"),
    /** Not run, because an earlier check failed (no connection, say). */
    SKIPPED("skip");

    private final String label;

    Outcome(String label) {
      this.label = label;
    }

    /** The label the checklist shows, such as {@code ok} or {@code FAIL}. */
    public String label() {
      return label;
    }
  }

  static Check passed(String name, String found) {
    return new Check(name, Outcome.PASSED, found, null);
  }

  static Check warning(String name, String found, String fix) {
    return new Check(name, Outcome.WARNING, found, fix);
  }

  static Check failed(String name, String found, String fix) {
    return new Check(name, Outcome.FAILED, found, fix);
  }

  static Check skipped(String name, String why) {
    return new Check(name, Outcome.SKIPPED, why, null);
  }

  /** The checklist's line: {@code [ok  ] server: PostgreSQL 16.2}, then the fix where there is one. */
  public String line() {
    String label = (outcome.label() + "    ").substring(0, 4);
    return "[" + label + "] " + name + ": " + found + (fix == null ? "" : " Fix: " + fix);
  }
}
