package io.github.dbmigrate.engine.db;

import io.github.dbmigrate.engine.BadSetting;
import io.github.dbmigrate.engine.DatabaseUnavailable;
import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.Setting;
import io.github.dbmigrate.engine.dialect.Dialect;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceLoader;

/**
 * Opens connections through the driver that accepts the URL, found with this plugin's class loader
 * (DriverManager cannot see drivers of a build plugin's class realm reliably), and turns connection
 * failures into one clear sentence each.
 */
public final class ConnectionFactory {

  private final DatabaseTarget target;
  private final Dialect dialect;
  private final FrontEnd words;

  /** {@code words} gives the client's session name and the advice of connection errors. */
  public ConnectionFactory(DatabaseTarget target, Dialect dialect, FrontEnd words) {
    this.target = target;
    this.dialect = dialect;
    this.words = words;
  }

  /** Opens a connection; {@code purpose} names it in the server's session list (where supported). */
  public Connection open(String purpose) {
    try {
      return connect(purpose);
    } catch (SQLException e) {
      throw new DatabaseUnavailable(describe(e), e);
    }
  }

  /** Like {@link #open}, leaving the driver's failure (and its SQLSTATE) to the caller. */
  public Connection connect(String purpose) throws SQLException {
    String url = dialect.session().driverUrl(target.jdbcUrl());
    Driver driver = driverFor(url, words);
    Properties properties = new Properties();
    if (target.user() != null) {
      properties.setProperty("user", target.user());
    }
    if (target.password() != null) {
      properties.setProperty("password", target.password());
    }
    dialect.session().addConnectionDefaults(properties, words.clientName());
    if (properties.containsKey("ApplicationName")) {
      properties.setProperty("ApplicationName", words.clientName() + " (" + purpose + ")");
    }
    Connection connection = driver.connect(url, properties);
    if (connection == null) {
      throw new BadSetting(Setting.URL, "The driver " + driver.getClass().getName()
          + " does not accept the URL " + target.safeUrl() + ".");
    }
    try {
      dialect.session().initSession(connection);
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    return connection;
  }

  /**
   * One sentence for a connection failure, saying what to check, with the SQLSTATE once; not yet
   * masked. A host that does not resolve is named as such (drivers say only that the attempt
   * failed), and the driver's own advice ("Check that the hostname ...") gives way to ours.
   */
  String describe(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String message = withoutDriverAdvice(firstLine(e.getMessage()));
    String where = target.safeUrl() + (target.user() == null ? "" : " as user " + target.user());
    if (state.startsWith("28")) {
      return SqlStates.append("The database refused the credentials for " + where + ": " + message, e)
          + ". Check " + words.credentialSources() + ".";
    }
    if (dialect.errors().databaseMissing(e)) {
      return SqlStates.append("The database in " + target.safeUrl() + " does not exist: " + message, e)
          + ". Create it, or point " + words.setting(Setting.URL) + " at an existing database.";
    }
    Optional<String> unknownHost = unknownHost(e);
    if (unknownHost.isPresent()) {
      return SqlStates.append("Cannot reach the database at " + target.safeUrl() + ": unknown host "
          + unknownHost.get(), e) + ". Check the host name in " + words.setting(Setting.URL)
          + " (a typo, or a name this machine's DNS does not know).";
    }
    if (state.startsWith("08") || state.isEmpty()) {
      return SqlStates.append("Cannot reach the database at " + target.safeUrl() + ": " + message, e)
          + ". Check that the server is running and the host and port are right.";
    }
    return SqlStates.append("Cannot connect to " + where + ": " + message, e) + ".";
  }

  /** The host name that did not resolve, found in the cause chain; empty when that was not the failure. */
  static Optional<String> unknownHost(Throwable e) {
    for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof UnknownHostException unknown) {
        String host = unknown.getMessage() == null ? "" : unknown.getMessage();
        int colon = host.indexOf(": "); // the JDK may add ": Name or service not known"
        return Optional.of(colon < 0 ? host : host.substring(0, colon));
      }
    }
    return Optional.empty();
  }

  /** What went wrong, in the driver's words (or "unknown host <host>"), without its advice or a final period. */
  static String reason(SQLException e) {
    return unknownHost(e).map(host -> "unknown host " + host)
        .orElseGet(() -> withoutDriverAdvice(firstLine(e.getMessage())));
  }

  /** The driver's message without its own advice, which would repeat ours in other words. */
  private static String withoutDriverAdvice(String message) {
    return message.replaceFirst("\\.\\s+Check .*$", "");
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no message from the driver";
    }
    int newline = message.indexOf('\n');
    String line = (newline < 0 ? message : message.substring(0, newline)).trim();
    return line.endsWith(".") ? line.substring(0, line.length() - 1) : line; // callers add their own
  }

  static Driver driverFor(String url, FrontEnd words) {
    DriverLogging.silence();
    for (ClassLoader loader : new ClassLoader[] {
        ConnectionFactory.class.getClassLoader(), Thread.currentThread().getContextClassLoader()}) {
      if (loader == null) {
        continue;
      }
      for (Driver driver : ServiceLoader.load(Driver.class, loader)) {
        try {
          if (driver.acceptsURL(url)) {
            return driver;
          }
        } catch (SQLException e) {
          // a driver that cannot judge the URL does not take it
        }
      }
    }
    throw new BadSetting(Setting.URL, "No JDBC driver accepts the URL " + Secrets.maskUrl(url)
        + ". Check its spelling, or " + words.driverAdvice() + ".");
  }
}
