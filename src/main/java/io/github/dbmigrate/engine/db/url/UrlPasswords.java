package io.github.dbmigrate.engine.db.url;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where the URL of any supported database holds passwords, read with that database's URL syntax
 * (never guessed from which characters a password may hold).
 */
public final class UrlPasswords {

  /** The URLs {@link AuthorityUrl} reads: PostgreSQL, MySQL, MariaDB, SQLite, and the Go tool's forms. */
  private static final List<String> KNOWN_AUTHORITY_SYNTAX = List.of("jdbc:postgresql:", "jdbc:mysql:",
      "jdbc:mariadb:", "jdbc:sqlite:", "postgres:", "postgresql:", "mysql:", "mariadb:");

  private UrlPasswords() {}

  /** The password spans of {@code url}, in order. */
  public static List<PasswordSpan> in(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:oracle:")) {
      return OracleUrl.passwords(url);
    }
    if (lower.startsWith("jdbc:sqlserver:") || lower.startsWith("jdbc:jtds:")) {
      return SemicolonOptions.passwords(url, true);
    }
    if (lower.startsWith("jdbc:h2:")) {
      return SemicolonOptions.passwords(url, false);
    }
    if (KNOWN_AUTHORITY_SYNTAX.stream().anyMatch(lower::startsWith)) {
      return AuthorityUrl.passwords(url);
    }
    return UnknownSyntax.passwords(url);
  }

  /** The URL with every password replaced by {@code mask}; overlapping passwords become one mask. */
  public static String mask(String url, String mask) {
    List<PasswordSpan> spans = new ArrayList<>(in(url));
    spans.removeIf(span -> span.end() <= span.start());
    spans.sort(Comparator.comparingInt(PasswordSpan::start));
    StringBuilder masked = new StringBuilder();
    int done = 0;
    for (PasswordSpan span : spans) {
      if (span.start() >= done) {
        masked.append(url, done, span.start()).append(mask);
        done = span.end();
      } else if (span.end() > done) {
        done = span.end(); // overlaps the password just masked: mask to its end as well
      }
    }
    return masked.append(url.substring(done)).toString();
  }

  /** Every form of every password in the URL: as written and as the driver decodes it. */
  public static List<String> forms(String url) {
    Set<String> forms = new LinkedHashSet<>();
    in(url).forEach(span -> forms.addAll(span.forms()));
    return List.copyOf(forms);
  }
}
