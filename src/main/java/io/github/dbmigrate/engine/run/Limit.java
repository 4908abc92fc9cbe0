package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.BadSetting;
import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.Setting;
import java.util.Locale;

/**
 * How far {@code up} or {@code down} goes: a number of versions ({@code steps}) or a version to stop at
 * ({@code to}). Neither is the goal's default: {@code up} applies every pending version, {@code down}
 * rolls back the newest one. Both at once are refused: they could only disagree.
 *
 * @param steps how many versions, at least 1; {@code null} when not given
 * @param to the version to stop at, or {@code base} ({@code 0}) for "before every version" (down only);
 *     {@code null} when not given
 */
public record Limit(Integer steps, String to) {

  /** The goal's default: no limit given. */
  public static final Limit NONE = new Limit(null, null);

  /** A blank {@code to} counts as not given, as an empty {@code -Dx=} does. */
  public Limit {
    to = to == null || to.isBlank() ? null : to.trim();
  }

  public static Limit steps(int steps) {
    return new Limit(steps, null);
  }

  public static Limit to(String version) {
    return new Limit(null, version);
  }

  /** Whether {@code to} means "before every version": Alembic's {@code base}, or {@code 0}. */
  public boolean toBase() {
    return to != null && (to.toLowerCase(Locale.ROOT).equals("base") || to.equals("0"));
  }

  /** Throws when the two are given together or {@code steps} is not a positive count. */
  void check(FrontEnd words) {
    if (steps != null && to != null) {
      throw new BadSetting(Setting.TO, words.setting(Setting.STEPS, String.valueOf(steps)) + " and "
          + words.setting(Setting.TO, to) + " were both given; give one: " + words.setting(Setting.STEPS)
          + " counts versions, " + words.setting(Setting.TO) + " names the version to stop at. Nothing was"
          + " changed.");
    }
    if (steps != null && steps < 1) {
      throw new BadSetting(Setting.STEPS, words.setting(Setting.STEPS) + " must be at least 1, not " + steps + ".");
    }
  }
}
