package io.github.dbmigrate.engine.event;

/** {@code mark} named a version that is recorded already. */
public record AlreadyRecorded(String target, String version) implements SecretFree {
  public Kind kind() {
    return Kind.HISTORY_EDIT;
  }

  public String message() {
    return version + " is already recorded as applied; left as it is.";
  }
}
