package io.github.dbmigrate.engine.db.url;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code ;key=value} options of H2 ({@code jdbc:h2:file:./db;PASSWORD=x}) and SQL Server
 * ({@code jdbc:sqlserver://h;password={a;b}}c}}): a value runs to the next {@code ;}, or, when it starts
 * with <code>{</code> (SQL Server), to the matching <code>}</code>, where <code>}}</code> stands for one.
 */
final class SemicolonOptions {

  private SemicolonOptions() {}

  static List<PasswordSpan> passwords(String url, boolean braces) {
    List<PasswordSpan> spans = new ArrayList<>();
    int start = url.indexOf(';');
    while (start >= 0 && start < url.length()) {
      start++;
      int equals = url.indexOf('=', start);
      int nextSemicolon = url.indexOf(';', start);
      if (equals < 0 || (nextSemicolon >= 0 && nextSemicolon < equals)) {
        start = nextSemicolon;
        continue;
      }
      int valueStart = equals + 1;
      int valueEnd;
      String unbraced = null;
      if (braces && valueStart < url.length() && url.charAt(valueStart) == '{') {
        valueEnd = closingBrace(url, valueStart + 1);
        unbraced = url.substring(valueStart + 1, Math.max(valueStart + 1, valueEnd - 1)).replace("}}", "}");
      } else {
        valueEnd = url.indexOf(';', valueStart);
        valueEnd = valueEnd < 0 ? url.length() : valueEnd;
      }
      if (SecretKeys.isSecret(url.substring(start, equals))) {
        spans.add(PasswordSpan.of(url, valueStart, valueEnd, unbraced));
      }
      start = valueEnd < url.length() ? url.indexOf(';', valueEnd) : -1;
    }
    return spans;
  }

  /** The index just after the <code>}</code> that closes a braced value; the end when none does. */
  private static int closingBrace(String url, int from) {
    for (int i = from; i < url.length(); i++) {
      if (url.charAt(i) == '}') {
        if (i + 1 < url.length() && url.charAt(i + 1) == '}') {
          i++;
        } else {
          return i + 1;
        }
      }
    }
    return url.length();
  }
}
