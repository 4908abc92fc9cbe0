package io.github.dbmigrate.engine.db.url;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * URLs written {@code scheme://[user[:password]@]hosts[/database][?options]}: PostgreSQL, MySQL and
 * MariaDB JDBC URLs and the Go tool's {@code postgres://} form. A password typed raw may hold any
 * character, {@code @ / ? : #} included, so the URL is read every way it can be: userinfo ending at an
 * {@code @} after which the rest reads as hosts, an optional database and options. The RFC's reading
 * (userinfo ends at the last {@code @} before the first {@code / ? #}) wins unless another reading would
 * take a different password; then the URL is ambiguous.
 */
public final class AuthorityUrl {

  private static final Pattern START = Pattern.compile("^[A-Za-z][A-Za-z0-9+.\\-]*(?::[A-Za-z0-9+.\\-]+)*://");
  private static final String HOST = "(?:\\[[0-9A-Za-z:.%,_\\-]*\\]|[A-Za-z0-9._~%\\-]*)(?::[0-9]+)?";
  /** MySQL Connector/J also takes {@code (host=a,port=1)} and {@code address=(host=a)(port=1)}. */
  private static final String ENTRY = "(?:" + HOST + "|\\([^()@]*\\)|address=(?:\\([^()@]*\\))+)";
  private static final Pattern HOSTS = Pattern.compile(ENTRY + "(?:," + ENTRY + ")*");
  private static final Pattern QUERY = Pattern.compile("(?:[A-Za-z0-9_.\\-]+(?:=[^&]*)?)?(?:&(?:[A-Za-z0-9_.\\-]+(?:=[^&]*)?)?)*");

  private AuthorityUrl() {}

  /**
   * One way to read the URL: {@code at} is the {@code @} that ends the userinfo (-1: none), {@code colon}
   * the {@code :} between user and password (-1: none), {@code query} the {@code ?} (-1: none).
   */
  public record Reading(String url, int authority, int at, int colon, int hostsEnd, int query) {

    /** The user name as written, or {@code null}. */
    public String user() {
      return at < 0 ? null : url.substring(authority, colon < 0 ? at : colon);
    }

    /** The password as written, or {@code null}. */
    public String password() {
      return colon < 0 ? null : url.substring(colon + 1, at);
    }

    /** {@code host:port[,host:port]} as written. */
    public String hosts() {
      return url.substring(at < 0 ? authority : at + 1, hostsEnd);
    }

    /** {@code /database?options} as written, or empty. */
    public String pathAndQuery() {
      return url.substring(hostsEnd);
    }

    List<PasswordSpan> passwords() {
      List<PasswordSpan> spans = new ArrayList<>();
      if (colon >= 0) {
        spans.add(PasswordSpan.of(url, colon + 1, at, PercentDecoding.decodeOrNull(password())));
      }
      spans.addAll(hostOptions(url, at < 0 ? authority : at + 1, hostsEnd));
      spans.addAll(QueryOptions.passwords(url, query));
      return spans;
    }
  }

  /** Connector/J's {@code (host=h,password=p)}: a value runs to the next {@code ,} or {@code )}. */
  private static List<PasswordSpan> hostOptions(String url, int from, int to) {
    List<PasswordSpan> spans = new ArrayList<>();
    int start = from;
    for (int i = from; i <= to; i++) {
      if (i == to || "(),".indexOf(url.charAt(i)) >= 0) {
        int equals = url.indexOf('=', start);
        if (equals >= 0 && equals < i && SecretKeys.isSecret(url.substring(start, equals))) {
          spans.add(PasswordSpan.of(url, equals + 1, i, PercentDecoding.decodeOrNull(url.substring(equals + 1, i))));
        }
        start = i + 1;
      }
    }
    return spans;
  }

  /** Why a URL has no one reading. */
  public enum Problem {
    /** No {@code @} ends a userinfo after which hosts, database and options can be read. */
    UNREADABLE,
    /** More than one {@code @} can end the userinfo, each giving another password. */
    AMBIGUOUS
  }

  /** Whether the URL has the {@code scheme://} this syntax reads. */
  public static boolean applies(String url) {
    return START.matcher(url).find();
  }

  /** The one reading of the URL, or why there is none. */
  public static Reading read(String url) throws UnreadableUrl {
    int authority = authorityStart(url);
    if (authority < 0) {
      throw new UnreadableUrl(Problem.UNREADABLE);
    }
    List<Reading> readings = readings(url, authority);
    int authorityEnd = indexOfAny(url, authority, "/?#");
    int rfcAt = url.lastIndexOf('@', authorityEnd - 1);
    int standardAt = rfcAt < authority ? -1 : rfcAt;
    Optional<Reading> standard = readings.stream().filter(r -> r.at() == standardAt).findFirst();
    List<Reading> withPasswords = readings.stream().filter(r -> r.colon() >= 0).toList();
    if (standard.isPresent()
        && withPasswords.stream().allMatch(r -> r == standard.get())) {
      return standard.get();
    }
    if (readings.size() == 1) {
      return readings.get(0);
    }
    throw new UnreadableUrl(readings.isEmpty() ? Problem.UNREADABLE : Problem.AMBIGUOUS);
  }

  /** Thrown by {@link #read}; holds no part of the URL. */
  public static final class UnreadableUrl extends Exception {
    private final Problem problem;

    UnreadableUrl(Problem problem) {
      super(problem.name(), null, false, false);
      this.problem = problem;
    }

    public Problem problem() {
      return problem;
    }
  }

  /** Where the URL holds passwords: those of its one reading, else the {@link #widest} guess. */
  static List<PasswordSpan> passwords(String url) {
    int authority = authorityStart(url);
    if (authority < 0) {
      return QueryOptions.passwords(url, url.indexOf('?'));
    }
    try {
      return read(url).passwords();
    } catch (UnreadableUrl e) {
      return widest(url, authority);
    }
  }

  /**
   * For a URL with no one reading, the passwords of every reading, so that none shows: with none, from the
   * first {@code :} of the userinfo to the last {@code @}, and the options after it.
   */
  private static List<PasswordSpan> widest(String url, int authority) {
    List<PasswordSpan> spans = new ArrayList<>();
    readings(url, authority).forEach(reading -> spans.addAll(reading.passwords()));
    if (spans.isEmpty()) {
      int at = url.lastIndexOf('@');
      int colon = url.indexOf(':', authority);
      if (at > authority && colon >= 0 && colon < at) {
        spans.add(PasswordSpan.of(url, colon + 1, at));
      }
      spans.addAll(QueryOptions.passwords(url, url.indexOf('?', Math.max(at, authority))));
    }
    return spans;
  }

  private static int authorityStart(String url) {
    var matcher = START.matcher(url);
    return matcher.find() ? matcher.end() : -1;
  }

  /** Every reading, the one without userinfo first, then by the {@code @} that ends the userinfo. */
  private static List<Reading> readings(String url, int authority) {
    List<Reading> readings = new ArrayList<>();
    addIfReadable(readings, url, authority, -1);
    for (int at = url.indexOf('@', authority); at >= 0; at = url.indexOf('@', at + 1)) {
      addIfReadable(readings, url, authority, at);
    }
    return readings;
  }

  private static void addIfReadable(List<Reading> readings, String url, int authority, int at) {
    int hostsStart = at < 0 ? authority : at + 1;
    int hostsEnd = indexOfAny(url, hostsStart, "/?");
    if (!HOSTS.matcher(url.substring(hostsStart, hostsEnd)).matches()) {
      return;
    }
    int query = -1;
    if (hostsEnd < url.length() && url.charAt(hostsEnd) == '/') {
      int questionMark = url.indexOf('?', hostsEnd + 1);
      String database = url.substring(hostsEnd + 1, questionMark < 0 ? url.length() : questionMark);
      if (database.contains("/") || database.contains("@")) {
        return;
      }
      query = questionMark;
    } else if (hostsEnd < url.length()) {
      query = hostsEnd;
    }
    if (query >= 0 && !QUERY.matcher(url.substring(query + 1)).matches()) {
      return;
    }
    int colon = at < 0 ? -1 : url.indexOf(':', authority);
    readings.add(new Reading(url, authority, at, colon >= 0 && colon < at ? colon : -1, hostsEnd, query));
  }

  private static int indexOfAny(String text, int from, String characters) {
    for (int i = from; i < text.length(); i++) {
      if (characters.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return text.length();
  }
}
