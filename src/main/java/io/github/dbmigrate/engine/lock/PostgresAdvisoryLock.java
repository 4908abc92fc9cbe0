package io.github.dbmigrate.engine.lock;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * PostgreSQL's session-level advisory lock, which the server drops with the connection, so a killed
 * build never leaves it behind.
 */
public final class PostgresAdvisoryLock implements LockStrategy {

  /**
   * A non-blocking try, polled by the caller: a blocking {@code pg_advisory_lock} waiter holds a
   * snapshot that {@code CREATE INDEX CONCURRENTLY} in the holder's migration would wait for.
   */
  @Override
  public Optional<HeldLock> tryAcquire(Connection connection, LockTarget target) throws SQLException {
    long key = lockKey(target.name());
    try (PreparedStatement st = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
      st.setLong(1, key);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        if (!rs.getBoolean(1)) {
          return Optional.empty();
        }
      }
    }
    // Released whole, however often heldHere took it again; the connection holds no other lock.
    return Optional.of(HeldLock.of(() -> heldHere(connection, key), () -> {
      try (Statement st = connection.createStatement()) {
        st.execute("SELECT pg_advisory_unlock_all()");
      }
    }));
  }

  /**
   * The lock connection is idle while the migrations run on another: a database or role setting
   * {@code idle_session_timeout} (or {@code idle_in_transaction_session_timeout}) would end it and
   * free the lock. Set through pg_settings, so that servers without the setting (before 14) skip it.
   */
  @Override
  public void prepare(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.executeQuery("SELECT set_config(name, '0', false) FROM pg_settings"
          + " WHERE name IN ('idle_session_timeout', 'idle_in_transaction_session_timeout')").close();
    }
  }

  /**
   * Whether this session holds the advisory lock of {@code key}, asked by taking it again: a session
   * lock is re-entrant, so the holder always gets it, another session's lock refuses it, and a session
   * the server ended fails the question. Not through pg_locks, which copies every lock of the server
   * on each read: in one transaction of a thousand migrations the check itself grew to seconds. The
   * extra holds cost nothing; the release drops them all.
   */
  private static boolean heldHere(Connection connection, long key) throws SQLException {
    try (PreparedStatement st = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
      st.setLong(1, key);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  @Override
  public Optional<String> holder(Connection connection, LockTarget target) {
    long key = lockKey(target.name());
    // A bigint advisory key is stored as classid (high 32 bits) and objid (low 32 bits), objsubid 1.
    String sql = "SELECT a.pid, a.application_name, a.client_addr, a.backend_start, a.usename"
        + " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
        + " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1"
        + " AND l.classid::bigint = ? AND l.objid::bigint = ? LIMIT 1";
    try (PreparedStatement st = connection.prepareStatement(sql)) {
      st.setLong(1, key >>> 32);
      st.setLong(2, key & 0xFFFFFFFFL);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of("pid " + rs.getInt(1) + " (application '" + rs.getString(2) + "', user "
            + rs.getString(5) + ", client " + Optional.ofNullable(rs.getString(3)).orElse("local socket")
            + ", connected since " + rs.getTimestamp(4).toInstant() + ")");
      }
    } catch (SQLException e) {
      return Optional.empty();
    }
  }

  @Override
  public boolean needsTable() {
    return false;
  }

  /** The advisory lock's 64-bit key: the first 8 bytes of the SHA-256 of the lock name. */
  static long lockKey(String lockName) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(lockName.getBytes(StandardCharsets.UTF_8));
      long key = 0;
      for (int i = 0; i < 8; i++) {
        key = key << 8 | (hash[i] & 0xFF);
      }
      return key;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
