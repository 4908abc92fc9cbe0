package io.github.dbmigrate.engine.session;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Where a session's unqualified names go (its schema or search path, role, database), which a
 * migration may change ({@code SET search_path}, {@code SET ROLE}, {@code USE}). Read once when the
 * run's connection opens and put back before each migration, so that where a migration's tables land
 * does not depend on which files ran before it in the same run. One class per database.
 */
public interface SessionState {

  /** Reads the session's state as it is now. */
  Saved capture(Connection connection) throws SQLException;

  /** A session's state as it was read. */
  interface Saved {

    /**
     * The statements that bring {@code connection} back to this state, to run before a migration;
     * empty where the driver knows, without asking the server, that nothing changed.
     */
    List<String> restore(Connection connection) throws SQLException;
  }

  /** For databases whose sessions keep no such state (SQLite). */
  SessionState NONE = connection -> current -> List.of();
}
