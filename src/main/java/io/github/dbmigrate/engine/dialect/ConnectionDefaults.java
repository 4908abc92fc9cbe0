package io.github.dbmigrate.engine.dialect;

import io.github.dbmigrate.engine.session.SessionState;
import io.github.dbmigrate.engine.session.SessionVariables;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The common session setup: the user's URL as it is, a few connection properties unless the user
 * set them, nothing to run on a new session. Databases that need more extend it.
 */
class ConnectionDefaults implements SessionSetup {

  /** A value standing for the client's name, which the front end gives when connecting. */
  static final String CLIENT = "<client>";

  private final Map<String, String> defaults;
  private final SessionState state;
  private final SessionVariables variables;

  /**
   * @param state what a migration may change of the session, put back before the next one
   * @param variables how the run's variables reach the scripts
   * @param keysAndValues property names and values, alternating, in the order they are set; a value
   *     of {@link #CLIENT} is the client's name
   */
  ConnectionDefaults(SessionState state, SessionVariables variables, String... keysAndValues) {
    this.state = state;
    this.variables = variables;
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    this.defaults = map;
  }

  @Override
  public String driverUrl(String jdbcUrl) {
    return jdbcUrl;
  }

  @Override
  public void addConnectionDefaults(Properties properties, String client) {
    defaults.forEach((key, value) -> properties.putIfAbsent(key, CLIENT.equals(value) ? client : value));
  }

  @Override
  public void initSession(Connection connection) throws SQLException {}

  @Override
  public SessionState state() {
    return state;
  }

  @Override
  public SessionVariables variables() {
    return variables;
  }
}
