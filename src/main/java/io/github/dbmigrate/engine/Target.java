package io.github.dbmigrate.engine;

import io.github.dbmigrate.engine.db.DatabaseTarget;
import io.github.dbmigrate.engine.db.Redactor;
import io.github.dbmigrate.engine.dialect.TableName;
import io.github.dbmigrate.engine.session.Variables;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What varies from one database to the next: where to connect, its history table, the environment it
 * belongs to and who is recorded as applying migrations. Events and reports name their target.
 *
 * @param name how events and reports name this target; by default its URL with any password masked
 * @param database where to connect, with the credentials
 * @param table the history table; {@code null} for a command that never reads it ({@code wait})
 * @param environment the environment this database belongs to (such as {@code staging}), recorded
 *     with each version a run writes; {@code null} when not given
 * @param appliedBy who applies migrations, recorded with each version
 * @param variables set on the migrating session for the scripts of this environment to read; their
 *     secret values are among the target's secrets
 */
public record Target(String name, DatabaseTarget database, TableName table, String environment,
    String appliedBy, Variables variables) {

  public Target {
    Objects.requireNonNull(database, "database");
    variables = variables == null ? Variables.NONE : variables;
    environment = environment == null || environment.isBlank() ? null : environment.trim();
    name = name == null || name.isBlank() ? database.safeUrl() : name;
  }

  /** A target with no environment and nobody named as applying. */
  public static Target of(DatabaseTarget database, TableName table) {
    return new Target(null, database, table, null, null, Variables.NONE);
  }

  public Target named(String newName) {
    return new Target(newName, database, table, environment, appliedBy, variables);
  }

  public Target withEnvironment(String newEnvironment) {
    return new Target(name, database, table, newEnvironment, appliedBy, variables);
  }

  public Target withAppliedBy(String who) {
    return new Target(name, database, table, environment, who, variables);
  }

  public Target withVariables(Variables given) {
    return new Target(name, database, table, environment, appliedBy, given);
  }

  /** Every password this target carries, and its secret variables' values, to mask wherever they might appear. */
  public List<String> secrets() {
    List<String> secrets = new ArrayList<>(database.secrets());
    secrets.addAll(variables.secretValues());
    return secrets;
  }

  /** What masks this target's secrets in output. */
  public Redactor redactor() {
    return variables.secretValues().isEmpty() ? database.redactor()
        : Redactor.of(database, variables.secretValues());
  }
}
