package io.github.dbmigrate.engine.db;

import io.github.dbmigrate.engine.BadSetting;
import io.github.dbmigrate.engine.DatabaseUnavailable;
import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.Setting;
import io.github.dbmigrate.engine.dialect.Dialect;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
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

  /** One sentence for a connection failure, saying what to check; not yet masked. */
  String describe(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String message = firstLine(e.getMessage());
    String where = target.safeUrl() + (target.user() == null ? "" : " as user " + target.user());
    if (state.startsWith("28")) {
      return "The database refused the credentials for " + where + ": " + message
          + ". Check " + words.credentialSources() + ".";
    }
    if (dialect.errors().databaseMissing(e)) {
      return "The database in " + target.safeUrl() + " does not exist: " + message
          + ". Create it, or point " + words.setting(Setting.URL) + " at an existing database.";
    }
    if (state.startsWith("08") || state.isEmpty()) {
      return "Cannot reach the database at " + target.safeUrl() + ": " + message
          + ". Check that the server is running and the host and port are right.";
    }
    return "Cannot connect to " + where + ": " + message + " (SQLSTATE " + state + ").";
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
