package io.github.dbmigrate.engine.db;

import io.github.dbmigrate.engine.DatabaseError;
import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.Setting;
import io.github.dbmigrate.engine.Target;
import io.github.dbmigrate.engine.dialect.DatabaseCreation;
import io.github.dbmigrate.engine.dialect.Dialect;
import io.github.dbmigrate.engine.dialect.Dialects;
import io.github.dbmigrate.engine.dialect.Provisioning;
import io.github.dbmigrate.engine.event.EngineEvent.Level;
import io.github.dbmigrate.engine.event.EngineListener;
import io.github.dbmigrate.engine.event.Note;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the database {@code up} is pointed at when it is missing, the way its dialect says
 * ({@link Provisioning}): PostgreSQL through the {@code postgres} maintenance database,
 * MySQL/MariaDB through a connection without a database; H2 and SQLite create theirs. On other
 * databases it says so and leaves creation to a person.
 */
public final class DatabaseCreator {

  private DatabaseCreator() {}

  public static void createIfMissing(Target where, FrontEnd words, EngineListener listener) {
    DatabaseTarget target = where.database();
    Dialect dialect = Dialects.forUrl(target.jdbcUrl());
    Provisioning provisioning = dialect.provisioning().orElse(null);
    if (provisioning != null && provisioning.createsDatabaseOnConnect()) {
      return;
    }
    DatabaseCreation creation = provisioning == null ? null
        : provisioning.databaseCreation(target.jdbcUrl()).orElse(null);
    if (creation == null) {
      listener.on(new Note(where.name(), Level.WARN, words.setting(Setting.CREATE_DATABASE)
          + " cannot create a database for "
          + target.safeUrl() + "; create it by hand if it is missing."));
      return;
    }
    try (Connection ignored = new ConnectionFactory(target, dialect, words).connect("up")) {
      return;
    } catch (SQLException e) {
      if (!dialect.errors().databaseMissing(e)) {
        return; // the run's own connection reports this failure in its words
      }
    }
    String name = creation.name();
    DatabaseTarget server = new DatabaseTarget(creation.serverUrl(), target.user(), target.password());
    try (Connection admin = new ConnectionFactory(server, dialect, words).open("create database");
        Statement st = admin.createStatement()) {
      st.execute(creation.sql());
      listener.on(new Note(where.name(), Level.INFO, "Created the database " + name + " ("
          + words.setting(Setting.CREATE_DATABASE) + ")."));
    } catch (SQLException e) {
      if (!dialect.errors().databaseCreatedMeanwhile(e)) {
        throw new DatabaseError(SqlStates.append("Cannot create the database " + name + ": " + e.getMessage(), e)
            + ". Create it by hand, or let the user create databases.", e);
      }
    }
  }
}
