package io.github.dbmigrate.engine.db.url;

import java.util.ArrayList;
import java.util.List;

/**
 * Oracle's {@code jdbc:oracle:thin:user/password@host:1521/svc} (also {@code @//host}, a descriptor, and
 * EZConnect's {@code ?key=value} options). The password runs to the last {@code @}, quoted or not: no
 * connect string holds one.
 */
final class OracleUrl {

  private OracleUrl() {}

  static List<PasswordSpan> passwords(String url) {
    List<PasswordSpan> spans = new ArrayList<>();
    // jdbc:oracle:<driver type>: then the credentials, if any, before the '@'
    int credentials = url.indexOf(':', "jdbc:oracle:".length());
    if (credentials < 0) {
      return spans;
    }
    credentials++;
    int lastAt = url.lastIndexOf('@');
    if (lastAt > credentials && url.charAt(credentials) != '@') {
      int slash = slashAfterUser(url, credentials, lastAt);
      if (slash >= 0) {
        String written = url.substring(slash + 1, lastAt);
        boolean quoted = written.length() >= 2 && written.startsWith("\"") && written.endsWith("\"");
        spans.add(PasswordSpan.of(url, slash + 1, lastAt,
            quoted ? written.substring(1, written.length() - 1) : null));
      }
    }
    int query = url.indexOf('?', Math.max(lastAt, credentials));
    spans.addAll(QueryOptions.passwords(url, query));
    return spans;
  }

  /** The {@code /} between user and password: the first one, or the first after a quoted user. */
  private static int slashAfterUser(String url, int from, int before) {
    int after = from;
    if (url.charAt(from) == '"') {
      int close = url.indexOf('"', from + 1);
      if (close < 0 || close >= before) {
        return -1;
      }
      after = close + 1;
    }
    int slash = url.indexOf('/', after);
    return slash >= 0 && slash < before ? slash : -1;
  }
}
