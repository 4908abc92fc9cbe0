package io.github.dbmigrate.engine.db.url;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code ?key=value&key=value} options of PostgreSQL, MySQL, MariaDB, SQLite and Oracle URLs: a
 * value runs to the next {@code &} or the end (so {@code ; , ) space} belong to it), as the drivers read it.
 */
final class QueryOptions {

  private QueryOptions() {}

  /** The secret values of the query that starts after the {@code ?} at {@code questionMark}. */
  static List<PasswordSpan> passwords(String url, int questionMark) {
    List<PasswordSpan> spans = new ArrayList<>();
    if (questionMark < 0) {
      return spans;
    }
    int start = questionMark + 1;
    while (start <= url.length()) {
      int end = url.indexOf('&', start);
      end = end < 0 ? url.length() : end;
      int equals = url.indexOf('=', start);
      if (equals >= 0 && equals < end && SecretKeys.isSecret(url.substring(start, equals))) {
        String raw = url.substring(equals + 1, end);
        spans.add(PasswordSpan.of(url, equals + 1, end, PercentDecoding.decodeOrNull(raw),
            PercentDecoding.formDecodeOrNull(raw)));
      }
      start = end + 1;
    }
    return spans;
  }
}
