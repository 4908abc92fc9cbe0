package io.github.dbmigrate.engine.dialect;

import java.util.Optional;
import java.util.function.Function;

/** How a missing database comes to exist (the {@code createDatabase} setting). */
public interface Provisioning {

  /** Connecting creates a missing database by itself (H2, SQLite), so there is nothing to create. */
  Provisioning ON_CONNECT = new Provisioning() {
    @Override
    public boolean createsDatabaseOnConnect() {
      return true;
    }

    @Override
    public Optional<DatabaseCreation> databaseCreation(String jdbcUrl) {
      return Optional.empty();
    }
  };

  /** Whether connecting creates a missing database by itself, so there is nothing to create. */
  boolean createsDatabaseOnConnect();

  /**
   * How to create the database {@code jdbcUrl} names when it is missing; empty where the URL names
   * none.
   */
  Optional<DatabaseCreation> databaseCreation(String jdbcUrl);

  /**
   * Creation through a statement run on another database of the same server: {@code creation}
   * turns the user's URL into the server URL and the statement (see {@link DatabaseCreation#renaming}).
   */
  static Provisioning byStatement(Function<String, Optional<DatabaseCreation>> creation) {
    return new Provisioning() {
      @Override
      public boolean createsDatabaseOnConnect() {
        return false;
      }

      @Override
      public Optional<DatabaseCreation> databaseCreation(String jdbcUrl) {
        return creation.apply(jdbcUrl);
      }
    };
  }
}
