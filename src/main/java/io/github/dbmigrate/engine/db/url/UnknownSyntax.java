package io.github.dbmigrate.engine.db.url;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A URL of a database this plugin does not support (DB2's {@code jdbc:db2://h:50000/db:password=x;}, say),
 * shown in the message that refuses it: with no syntax to read, every {@code password=} value is masked to
 * the next {@code ;} or {@code &}, on top of what a {@code //user:password@} reading finds.
 */
final class UnknownSyntax {

  private static final Pattern KEY = Pattern.compile("([A-Za-z0-9_.\\-]+)=");

  private UnknownSyntax() {}

  static List<PasswordSpan> passwords(String url) {
    List<PasswordSpan> spans = new ArrayList<>(AuthorityUrl.passwords(url));
    Matcher key = KEY.matcher(url);
    while (key.find()) {
      if (SecretKeys.isSecret(key.group(1))) {
        int end = key.end();
        while (end < url.length() && url.charAt(end) != ';' && url.charAt(end) != '&') {
          end++;
        }
        spans.add(PasswordSpan.of(url, key.end(), end));
      }
    }
    return spans;
  }
}
