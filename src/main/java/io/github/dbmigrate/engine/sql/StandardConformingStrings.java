package io.github.dbmigrate.engine.sql;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's {@code standard_conforming_strings} as a script sets it: off, a backslash in a
 * {@code '...'} string escapes the next character. psql follows the value the server reports after
 * each statement; a script is split before it runs, so its own {@code SET} and {@code RESET}
 * statements are what the splitter can follow. Setting it any other way ({@code set_config(...)}, a
 * function) is not seen.
 */
public final class StandardConformingStrings {

  /** {@code SET [SESSION | LOCAL] standard_conforming_strings {= | TO} value}. */
  private static final Pattern SET = Pattern.compile(
      "(?is)SET\\s+(?:(?:SESSION|LOCAL)\\s+)?\"?standard_conforming_strings\"?\\s*(?:=|\\bTO\\b)\\s*(.*?)\\s*");

  /** {@code RESET standard_conforming_strings} or {@code RESET ALL}. */
  private static final Pattern RESET = Pattern.compile(
      "(?is)RESET\\s+(?:\"?standard_conforming_strings\"?|ALL)\\s*");

  private StandardConformingStrings() {}

  /** Whether {@code statement} sets or resets the setting (whatever the value). */
  public static boolean isChangedBy(SqlStatement statement) {
    String sql = statement.sql();
    return SET.matcher(sql).matches() || RESET.matcher(sql).matches();
  }

  /**
   * The setting after {@code statement}: empty when the statement leaves it alone (or gives a value
   * PostgreSQL refuses); {@code sessionDefault} after {@code DEFAULT} or {@code RESET}.
   */
  public static Optional<Boolean> after(SqlStatement statement, boolean sessionDefault) {
    String sql = statement.sql();
    if (RESET.matcher(sql).matches()) {
      return Optional.of(sessionDefault);
    }
    Matcher set = SET.matcher(sql);
    if (!set.matches()) {
      return Optional.empty();
    }
    String value = set.group(1).replaceAll("^'(.*)'$", "$1").toLowerCase(Locale.ROOT);
    if (value.equals("default")) {
      return Optional.of(sessionDefault);
    }
    return parseBool(value);
  }

  /** As PostgreSQL's {@code parse_bool}: on/off, true/false, yes/no, 1/0 and unambiguous prefixes. */
  private static Optional<Boolean> parseBool(String value) {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if ("true".startsWith(value) || "yes".startsWith(value) || value.equals("on") || value.equals("1")) {
      return Optional.of(true);
    }
    if ("false".startsWith(value) || "no".startsWith(value) || value.length() >= 2 && "off".startsWith(value)
        || value.equals("0")) {
      return Optional.of(false);
    }
    return Optional.empty();
  }
}
