package io.github.dbmigrate.engine.db;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the JDBC drivers' own logging out of the build log: PostgreSQL's driver warns about a URL by
 * printing it whole (password included) through java.util.logging to stderr, and MariaDB's driver logs
 * every server error as a warning of its own. The engine reports every failure itself, masked.
 */
final class DriverLogging {

  /** Held, because java.util.logging keeps loggers (and so their level) only while referenced. */
  private static final Logger POSTGRES = Logger.getLogger("org.postgresql");
  private static final Logger MARIADB = Logger.getLogger("org.mariadb");

  static {
    POSTGRES.setLevel(Level.OFF);
    MARIADB.setLevel(Level.OFF); // its fallback when no slf4j is present
    // read by the driver once per class loader, so before it is first loaded; a user's -D wins
    if (System.getProperty("mariadb.logging.disable") == null) {
      System.setProperty("mariadb.logging.disable", "true");
    }
    org.mariadb.jdbc.util.log.Loggers.init(); // in case the driver was loaded before (tests do)
  }

  private DriverLogging() {}

  /** Silences the drivers; call before the first driver is loaded. Idempotent. */
  static void silence() {
    // the static initializer does the work, once
  }
}
