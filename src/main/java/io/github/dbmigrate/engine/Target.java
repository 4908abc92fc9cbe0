package io.github.dbmigrate.engine;

import io.github.dbmigrate.engine.db.DatabaseTarget;
import io.github.dbmigrate.engine.db.Redactor;
import io.github.dbmigrate.engine.dialect.TableName;
import java.util.List;
import java.util.Objects;

/**
 * What varies from one database to the next: where to connect, its history table, the environment it
 * belongs to and who is recorded as applying migrations. Events and reports name their target.
 *
 * @param name how events and reports name this target; by default its URL with any password masked
 * @param database where to connect, with the credentials
 * @param table the history table
 * @param environment the environment this database belongs to (such as {@code staging}), recorded
 *     with each version a run writes; {@code null} when not given
 * @param appliedBy who applies migrations, recorded with each version
 */
public record Target(String name, DatabaseTarget database, TableName table, String environment,
    String appliedBy) {

  public Target {
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(table, "table");
    environment = environment == null || environment.isBlank() ? null : environment.trim();
    name = name == null || name.isBlank() ? database.safeUrl() : name;
  }

  /** A target with no environment and nobody named as applying. */
  public static Target of(DatabaseTarget database, TableName table) {
    return new Target(null, database, table, null, null);
  }

  public Target named(String newName) {
    return new Target(newName, database, table, environment, appliedBy);
  }

  public Target withEnvironment(String newEnvironment) {
    return new Target(name, database, table, newEnvironment, appliedBy);
  }

  public Target withAppliedBy(String who) {
    return new Target(name, database, table, environment, who);
  }

  /** Every password this target carries, to mask wherever it might appear. */
  public List<String> secrets() {
    return database.secrets();
  }

  /** What masks this target's secrets in output. */
  public Redactor redactor() {
    return database.redactor();
  }
}
