package io.github.dbmigrate.engine.event;

/** A version recorded ({@code mark}) or removed ({@code unmark}) without running its script. */
public record HistoryEdited(String target, boolean marked, String version, String name, String file,
    boolean dryRun) implements SecretFree {
  public Kind kind() {
    return Kind.HISTORY_EDIT;
  }

  public String message() {
    if (marked) {
      return (dryRun ? "Would mark " : "Marked ") + file + " as applied without running it.";
    }
    return (dryRun ? "Would unmark " : "Unmarked ") + version + ": its record is removed and the schema"
        + " left as it is, so the next up runs its script again.";
  }

  /** {@code marked} or {@code unmarked}, as reports name the edit. */
  public String action() {
    return marked ? "marked" : "unmarked";
  }
}
