package io.github.dbmigrate.engine.session;

import io.github.dbmigrate.engine.BadSetting;
import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.Setting;
import io.github.dbmigrate.engine.db.Secrets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Values a run sets on its migrating session for scripts to read (Alembic's {@code -x name=value}),
 * each database through its own session mechanism (see {@link SessionVariables}). Names are checked
 * here, once, so that a name can be written into SQL; values never are, and are always bound.
 * Values of names containing {@code password}, {@code secret} or {@code token} are never shown.
 */
public final class Variables {

  /**
   * Lower case, so that no database folds two names into one; at most 30 characters, the longest
   * name Oracle's {@code SYS_CONTEXT} takes (MySQL's 64 holds {@code dbmigrate_} and 30 more).
   */
  static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,29}");

  /** A run without variables. */
  public static final Variables NONE = new Variables(Map.of());

  private final Map<String, String> values;

  private Variables(Map<String, String> values) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /**
   * The variables as given, in their order; a null value is the empty string. A name that does not
   * match {@code [a-z][a-z0-9_]{0,29}} is refused, naming the setting in {@code words}.
   */
  public static Variables of(Map<String, String> given, FrontEnd words) {
    if (given == null || given.isEmpty()) {
      return NONE;
    }
    Map<String, String> checked = new LinkedHashMap<>();
    given.forEach((name, value) -> {
      if (name == null || !NAME.matcher(name).matches()) {
        throw new BadSetting(Setting.VARIABLES, "Variable name '" + name + "' in " + words.setting(Setting.VARIABLES)
            + " is not allowed: a name is a lower-case letter followed by up to 29 lower-case letters, digits or"
            + " underscores (such as dev_data), so that every database reads it alike. Nothing was run.");
      }
      checked.put(name, value == null ? "" : value);
    });
    return new Variables(checked);
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** Names and values, in the order given. */
  public Map<String, String> values() {
    return values;
  }

  /** Whether a name's value is kept out of every output: it names a password, secret or token. */
  public static boolean isSecret(String name) {
    return name.contains("password") || name.contains("secret") || name.contains("token");
  }

  /** The value as output may show it: {@link Secrets#MASK} for a secret one. */
  public String shown(String name) {
    return isSecret(name) ? Secrets.MASK : values.get(name);
  }

  /** Names and values as output may show them. */
  public Map<String, String> shown() {
    Map<String, String> shown = new LinkedHashMap<>();
    values.keySet().forEach(name -> shown.put(name, shown(name)));
    return shown;
  }

  /** The values of secret names, to mask wherever they appear. */
  public List<String> secretValues() {
    List<String> secrets = new ArrayList<>();
    values.forEach((name, value) -> {
      if (isSecret(name) && !value.isEmpty()) {
        secrets.add(value);
      }
    });
    return secrets;
  }

  /** {@code dev_data=true, api_token=****}, for the log. */
  public String describe() {
    return shown().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Variables v && v.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /** Never the values of secret names. */
  @Override
  public String toString() {
    return describe();
  }
}
