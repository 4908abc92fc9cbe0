package io.github.dbmigrate.engine.db.url;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a URL holds a password: characters {@code [start, end)}, and every form a driver or a message
 * may show it in (as written, and decoded the way the URL's syntax decodes it).
 */
public record PasswordSpan(int start, int end, List<String> forms) {

  /** The span of {@code url} from {@code start} to {@code end}, with the decodings that apply. */
  static PasswordSpan of(String url, int start, int end, String... decoded) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(url.substring(start, end));
    for (String form : decoded) {
      if (form != null) {
        forms.add(form);
      }
    }
    forms.removeIf(String::isEmpty);
    return new PasswordSpan(start, end, List.copyOf(forms));
  }
}
