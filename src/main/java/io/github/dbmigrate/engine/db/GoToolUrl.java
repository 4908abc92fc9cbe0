package io.github.dbmigrate.engine.db;

import io.github.dbmigrate.engine.BadSetting;
import io.github.dbmigrate.engine.Setting;
import io.github.dbmigrate.engine.db.url.AuthorityUrl;
import io.github.dbmigrate.engine.db.url.AuthorityUrl.Reading;
import io.github.dbmigrate.engine.db.url.AuthorityUrl.UnreadableUrl;
import io.github.dbmigrate.engine.db.url.PercentDecoding;
import io.github.dbmigrate.engine.db.url.PercentDecoding.Unreadable;

/**
 * The Go tool's {@code postgres://user:password@host:port/db?options} (also {@code mysql://},
 * {@code mariadb://}), as {@code DATABASE_URL} holds it. User and password are percent-decoded; a raw
 * {@code @ / ? : #} in the password is read where only one reading exists. What cannot be read is a
 * {@link BadSetting} naming the part, never showing the password.
 */
final class GoToolUrl {

  private static final String ENCODE = " Percent-encode the user name and password"
      + " (for example @ as %40, / as %2F, ? as %3F, # as %23, % as %25).";

  private GoToolUrl() {}

  /** The JDBC subprotocol of the URL's scheme ({@code postgresql} for {@code postgres://}). */
  static String jdbcScheme(String url) {
    return switch (scheme(url)) {
      case "postgres", "postgresql" -> "postgresql";
      case "mysql" -> "mysql";
      case "mariadb" -> "mariadb";
      default -> throw new BadSetting(Setting.URL, "Cannot use the database URL '" + Secrets.maskUrl(url)
          + "': give a JDBC URL (jdbc:postgresql://..., jdbc:h2:...) or postgres://user:pass@host:port/db.");
    };
  }

  private static String scheme(String url) {
    return url.contains(":") ? url.substring(0, url.indexOf(':')) : "";
  }

  static DatabaseTarget resolve(String url, String user, String password) {
    String scheme = scheme(url);
    String jdbcScheme = jdbcScheme(url);
    String shape = scheme + "://user:password@host:port/database";
    if (!url.startsWith(scheme + "://")) {
      throw new BadSetting(Setting.URL, "Cannot read the database URL " + scheme + "://...: expected "
          + shape + ".");
    }
    Reading reading;
    try {
      reading = AuthorityUrl.read(url);
    } catch (UnreadableUrl e) {
      // the password's extent is unknown: show the scheme only
      throw new BadSetting(Setting.URL, "Cannot read the database URL " + scheme + "://... as " + shape + ": "
          + (e.problem() == AuthorityUrl.Problem.AMBIGUOUS
              ? "more than one '@' can end the user and password, so where the host starts is unclear."
              : "after the user and password, no host, port and database can be read.")
          + ENCODE);
    }
    String urlUser = user;
    String urlPassword = password;
    if (urlUser == null && reading.user() != null && !reading.user().isEmpty()) {
      urlUser = decode(reading.user(), "user name", url);
    }
    if (urlPassword == null && reading.password() != null) {
      urlPassword = decode(reading.password(), "password", url);
    }
    String hosts = reading.hosts().isEmpty() ? "localhost" : reading.hosts();
    return new DatabaseTarget("jdbc:" + jdbcScheme + "://" + hosts + reading.pathAndQuery(), urlUser, urlPassword);
  }

  private static String decode(String written, String part, String url) {
    try {
      return PercentDecoding.decode(written);
    } catch (Unreadable e) {
      throw new BadSetting(Setting.URL, "Cannot read the " + part + " in the database URL "
          + Secrets.maskUrl(url) + ": it holds " + e.getMessage() + "." + ENCODE);
    }
  }
}
