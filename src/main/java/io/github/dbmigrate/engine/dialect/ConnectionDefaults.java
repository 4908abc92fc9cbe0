package io.github.dbmigrate.engine.dialect;

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

  private final Map<String, String> defaults;

  /** @param keysAndValues property names and values, alternating, in the order they are set */
  ConnectionDefaults(String... keysAndValues) {
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
  public void addConnectionDefaults(Properties properties) {
    defaults.forEach(properties::putIfAbsent);
  }

  @Override
  public void initSession(Connection connection) throws SQLException {}
}
