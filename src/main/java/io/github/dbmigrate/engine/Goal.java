package io.github.dbmigrate.engine;

import java.util.Locale;

/** The commands a user can run, named by the engine; a {@link FrontEnd} says how users type them. */
public enum Goal {
  CREATE, UP, DOWN, REDO, STATUS, VERIFY, VALIDATE, LINT, MARK, UNMARK, WAIT, HISTORY, SHOW;

  /** The goal's plain name, such as {@code up}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The goal named {@code id} ({@code up}, {@code down}, ...). */
  public static Goal of(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
