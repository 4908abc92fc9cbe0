package io.github.dbmigrate.engine.dialect;

import io.github.dbmigrate.engine.session.SessionState;
import io.github.dbmigrate.engine.session.SessionVariables;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/** What a database's connections need: the URL the driver takes, properties, session settings. */
public interface SessionSetup {

  /** The URL handed to the driver, for drivers that need an option to accept the user's URL. */
  String driverUrl(String jdbcUrl);

  /**
   * Connection properties this database needs for bounded waits and a recognisable session.
   *
   * @param client the name the session shows in the server's session list (the front end's)
   */
  void addConnectionDefaults(Properties properties, String client);

  /** Settings a new session needs before it runs anything; called once per connection. */
  void initSession(Connection connection) throws SQLException;

  /** What of a session's state a migration may change and the next one must not inherit. */
  SessionState state();

  /** How the run's variables reach its scripts on this database's sessions. */
  SessionVariables variables();
}
