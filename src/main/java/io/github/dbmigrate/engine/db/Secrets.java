package io.github.dbmigrate.engine.db;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Keeps passwords out of every message: in URLs, in key=value options, and verbatim anywhere. */
public final class Secrets {

  public static final String MASK = "****";

  /** {@code //user:password@host}; the password runs to the last {@code @} before the host. */
  private static final Pattern USER_INFO = Pattern.compile("(//[^/:@?;\\s]*):([^\\s/?#]*)@");
  /** Oracle's thin form {@code jdbc:oracle:thin:user/password@host}, the password maybe quoted. */
  private static final Pattern ORACLE = Pattern.compile(
      "(?i)(jdbc:oracle:[a-z0-9]+:[^/@:\\s]*/)(\"[^\"]*\"|[^@\\s]*)@");
  private static final Pattern OPTION = Pattern.compile(
      "(?i)((?:password|passwd|pwd|pass)\\s*=\\s*)([^&;,\\s)]*)");

  private Secrets() {}

  /** A URL safe to print: {@code user:****@} and {@code password=****}. */
  public static String maskUrl(String url) {
    if (url == null) {
      return null;
    }
    String masked = USER_INFO.matcher(url).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + ":" + MASK + "@"));
    masked = ORACLE.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + "@"));
    return OPTION.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
  }

  /** The passwords written inside a URL, so they can be masked wherever else they appear. */
  public static java.util.List<String> passwordsIn(String url) {
    java.util.List<String> found = new java.util.ArrayList<>();
    if (url != null) {
      Matcher info = USER_INFO.matcher(url);
      while (info.find()) {
        found.add(info.group(2));
      }
      Matcher oracle = ORACLE.matcher(url);
      while (oracle.find()) {
        found.add(oracle.group(2));
      }
      Matcher option = OPTION.matcher(url);
      while (option.find()) {
        found.add(option.group(2));
      }
    }
    return found;
  }

  /** Masks URLs' secrets and every verbatim occurrence of the given passwords. */
  public static String mask(String text, String... passwords) {
    if (text == null) {
      return null;
    }
    String masked = maskUrl(text);
    for (String password : passwords) {
      if (password != null && !password.isEmpty()) {
        masked = masked.replace(password, MASK);
      }
    }
    return masked;
  }
}
