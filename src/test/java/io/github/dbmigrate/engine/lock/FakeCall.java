package io.github.dbmigrate.engine.lock;

import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A connection whose only use is {@code prepareCall}: the call it returns records the SQL and the
 * parameters bound, and its integer result is a given return code. Only for mapping return codes.
 */
final class FakeCall {

  final List<String> sql = new ArrayList<>();
  final Map<Integer, Object> parameters = new TreeMap<>();
  private final int returnCode;

  FakeCall(int returnCode) {
    this.returnCode = returnCode;
  }

  Connection connection() {
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
          if (method.getName().equals("prepareCall")) {
            sql.add((String) args[0]);
            return call();
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }

  private CallableStatement call() {
    return (CallableStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {CallableStatement.class}, (proxy, method, args) -> switch (method.getName()) {
          case "setString", "setInt" -> parameters.put((Integer) args[0], args[1]);
          case "getInt" -> returnCode;
          case "execute" -> false;
          case "registerOutParameter", "close" -> null;
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }
}
