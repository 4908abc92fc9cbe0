package io.github.dbmigrate.engine.db;

import io.github.dbmigrate.engine.DbMigrateException;
import io.github.dbmigrate.engine.EngineEvent;
import io.github.dbmigrate.engine.EngineEvent.Kind;
import io.github.dbmigrate.engine.EngineListener;
import io.github.dbmigrate.engine.dialect.Dialect;
import io.github.dbmigrate.engine.dialect.Dialects;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates the database {@code up} is pointed at when it is missing, where the server allows: on
 * PostgreSQL through the {@code postgres} maintenance database; H2 creates its database itself. On
 * other databases it says so and leaves creation to a person.
 */
public final class DatabaseCreator {

  /** {@code jdbc:postgresql://hosts/name?options} or {@code jdbc:postgresql:name?options}. */
  private static final Pattern POSTGRES_URL =
      Pattern.compile("(jdbc:postgresql:(?://[^/?]*/)?)([^?]*)(\\?.*)?");

  private DatabaseCreator() {}

  public static void createIfMissing(DatabaseTarget target, EngineListener listener) {
    String url = target.jdbcUrl();
    if (url.startsWith("jdbc:h2:")) {
      return;
    }
    Matcher m = POSTGRES_URL.matcher(url);
    if (!url.startsWith("jdbc:postgresql:") || !m.matches() || m.group(2).isEmpty()) {
      listener.on(EngineEvent.warn(Kind.NOTE, "dbmigrate.createDatabase cannot create a database for "
          + target.safeUrl() + "; create it by hand if it is missing."));
      return;
    }
    Dialect dialect = Dialects.forUrl(url);
    ConnectionFactory db = new ConnectionFactory(target, dialect);
    try (Connection ignored = db.connect("up")) {
      return;
    } catch (SQLException e) {
      if (!dialect.databaseMissing(e)) {
        return; // the run's own connection reports this failure in its words
      }
    }
    String name = URLDecoder.decode(m.group(2), StandardCharsets.UTF_8);
    DatabaseTarget maintenance = new DatabaseTarget(m.group(1) + "postgres" + (m.group(3) == null ? "" : m.group(3)),
        target.user(), target.password());
    try (Connection admin = new ConnectionFactory(maintenance, dialect).open("create database");
        Statement st = admin.createStatement()) {
      st.execute("CREATE DATABASE \"" + name.replace("\"", "\"\"") + "\"");
      listener.on(EngineEvent.info(Kind.NOTE, "Created the database " + name + " (dbmigrate.createDatabase)."));
    } catch (SQLException e) {
      if (!"42P04".equals(e.getSQLState())) { // 42P04: another run created it a moment ago
        throw new DbMigrateException(target.mask("Cannot create the database " + name + ": " + e.getMessage()
            + " (SQLSTATE " + e.getSQLState() + "). Create it by hand, or let the user create databases."));
      }
    }
  }
}
