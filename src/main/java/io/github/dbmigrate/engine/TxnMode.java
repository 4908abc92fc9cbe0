package io.github.dbmigrate.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How migrations are grouped into transactions, with the Go tool's names. */
public enum TxnMode {
  /** Every pending migration and its version row in one transaction. */
  ALL("all"),
  /** Each migration and its version row in its own transaction. */
  PER_FILE("per-file"),
  /** Autocommit throughout. */
  NONE("none");

  private final String label;

  TxnMode(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The mode named {@code text}; {@code words} names the setting when there is none. */
  public static TxnMode parse(String text, FrontEnd words) {
    String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (TxnMode mode : values()) {
      if (mode.label.equals(wanted)) {
        return mode;
      }
    }
    throw new BadSetting(Setting.TXN_MODE, "Unknown " + words.setting(Setting.TXN_MODE) + " '" + text
        + "'. Use one of: "
        + Arrays.stream(values()).map(TxnMode::label).collect(Collectors.joining(", ")) + ".");
  }
}
