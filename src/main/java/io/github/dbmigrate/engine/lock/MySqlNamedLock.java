package io.github.dbmigrate.engine.lock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/** MySQL's and MariaDB's named user lock ({@code GET_LOCK}), which the server drops with the connection. */
public final class MySqlNamedLock implements LockStrategy {

  /** The longest name {@code GET_LOCK} accepts (MySQL 5.7 and later refuse longer ones). */
  static final int MAX_LOCK_NAME = 64;

  /** {@code GET_LOCK} with a zero timeout: 1 taken, 0 held by another session, NULL an error. */
  @Override
  public Optional<HeldLock> tryAcquire(Connection connection, LockTarget target) throws SQLException {
    String name = lockName(target);
    try (PreparedStatement st = connection.prepareStatement("SELECT GET_LOCK(?, 0)")) {
      st.setString(1, name);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        int result = rs.getInt(1);
        if (rs.wasNull()) {
          throw new SQLException("GET_LOCK('" + name + "', 0) returned NULL (an error"
              + " in the server, such as running out of memory or the thread being killed)");
        }
        if (result != 1) {
          return Optional.empty();
        }
      }
    }
    return Optional.of(HeldLock.of(() -> heldHere(connection, name), () -> {
      try (PreparedStatement st = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
        st.setString(1, name);
        st.execute();
      }
    }));
  }

  /**
   * The lock connection is idle while the migrations run on another: a short {@code wait_timeout}
   * (the server's, or one set for the account) would end it and free the lock. One year, the
   * largest value the server takes on every platform it runs on.
   */
  @Override
  public void prepare(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute("SET SESSION wait_timeout = 31536000");
    }
  }

  private static boolean heldHere(Connection connection, String name) throws SQLException {
    try (PreparedStatement st = connection.prepareStatement("SELECT IS_USED_LOCK(?) = CONNECTION_ID()")) {
      st.setString(1, name);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  /**
   * {@code IS_USED_LOCK} gives the holder's connection id; the process list adds user, client and how
   * long it has been in its current state, where this user may see other sessions (PROCESS privilege).
   */
  @Override
  public Optional<String> holder(Connection connection, LockTarget target) {
    String sql = "SELECT h.id, p.USER, p.HOST, p.TIME FROM (SELECT IS_USED_LOCK(?) AS id) h"
        + " LEFT JOIN information_schema.PROCESSLIST p ON p.ID = h.id";
    try (PreparedStatement st = connection.prepareStatement(sql)) {
      st.setString(1, lockName(target));
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next() || rs.getObject(1) == null) {
          return Optional.empty();
        }
        String holder = "connection id " + rs.getLong(1);
        if (rs.getString(2) != null) {
          holder += " (user " + rs.getString(2) + ", client " + rs.getString(3) + ", in its current"
              + " state for " + rs.getLong(4) + " s)";
        }
        return Optional.of(holder);
      }
    } catch (SQLException e) {
      return Optional.empty();
    }
  }

  @Override
  public boolean needsTable() {
    return false;
  }

  /** The lock's name: database, schema and table, hashed down to the 64 characters allowed. */
  static String lockName(LockTarget target) {
    return LockNames.fit(target.name(), MAX_LOCK_NAME);
  }
}
