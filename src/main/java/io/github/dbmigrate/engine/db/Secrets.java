package io.github.dbmigrate.engine.db;

import io.github.dbmigrate.engine.db.url.UrlPasswords;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps passwords out of every message: a URL's passwords where its database's syntax puts them, and
 * the known passwords of a target verbatim anywhere.
 */
public final class Secrets {

  public static final String MASK = "****";

  /** Where a URL starts in free text (a driver's message, say); it runs to the next white space. */
  private static final Pattern URL_START = Pattern.compile(
      "(?i)(?<![A-Za-z0-9+.\\-])(?:jdbc:[a-z0-9]|[a-z][a-z0-9+.\\-]*://)");
  /** Last resort for free text that holds no URL: {@code password=value} as a driver may print it. */
  private static final Pattern OPTION = Pattern.compile(
      "(?i)((?:password|passwd|pwd)\\s*=\\s*)([^&;,\\s)]*)");

  private Secrets() {}

  /** A URL safe to print: its passwords, wherever its syntax puts them, replaced by {@link #MASK}. */
  public static String maskUrl(String url) {
    return url == null ? null : UrlPasswords.mask(url, MASK);
  }

  /** The passwords written inside a URL (as written and decoded), to mask wherever else they appear. */
  public static List<String> passwordsIn(String url) {
    return url == null ? List.of() : UrlPasswords.forms(url);
  }

  /** Masks every occurrence of the given passwords (overlapping ones as one), then URLs' passwords. */
  public static String mask(String text, String... passwords) {
    if (text == null) {
      return null;
    }
    String masked = maskVerbatim(text, passwords);
    masked = maskUrlsIn(masked);
    return OPTION.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK
        + (m.group(2).endsWith(".") ? "." : ""))); // a sentence's full stop
  }

  /**
   * Finds every occurrence first and masks them together: replacing one password at a time could cut
   * another that overlaps it, leaving part of that one to show.
   */
  private static String maskVerbatim(String text, String... passwords) {
    boolean[] secret = new boolean[text.length()];
    boolean any = false;
    for (String password : passwords) {
      if (password == null || password.isEmpty()) {
        continue;
      }
      for (int at = text.indexOf(password); at >= 0; at = text.indexOf(password, at + 1)) {
        Arrays.fill(secret, at, at + password.length(), true);
        any = true;
      }
    }
    if (!any) {
      return text;
    }
    StringBuilder masked = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      if (!secret[i]) {
        masked.append(text.charAt(i));
      } else if (i == 0 || !secret[i - 1]) {
        masked.append(MASK);
      }
    }
    return masked.toString();
  }

  private static String maskUrlsIn(String text) {
    Matcher start = URL_START.matcher(text);
    StringBuilder out = new StringBuilder();
    int done = 0;
    while (start.find(done)) {
      int end = start.start();
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      if (text.charAt(end - 1) == '.') {
        end--; // the end of the sentence, as in "No driver accepts the URL jdbc:...=****. Check..."
      }
      out.append(text, done, start.start()).append(maskUrl(text.substring(start.start(), end)));
      done = end;
    }
    return out.append(text.substring(done)).toString();
  }
}
