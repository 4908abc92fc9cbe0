package io.github.dbmigrate.engine.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** PostgreSQL's reading of its own failures. */
class PostgresDialectTest {

  private final Dialect dialect = PostgresDialect.create();

  @Test
  void outOfSharedMemoryNamesTheSettingThatSizesTheLockTable() {
    SQLException full = new SQLException("ERROR: out of shared memory", "53200");

    assertThat(dialect.errors().lockTableFull(full)).contains("max_locks_per_transaction");
    assertThat(dialect.errors().lockTableFull(new SQLException("ERROR: relation does not exist", "42P01"))).isEmpty();
    assertThat(dialect.errors().lockTableFull(new SQLException("no state"))).isEmpty();
  }

  @Test
  void aMissingDatabaseIsInvalidCatalogName() {
    assertThat(dialect.errors().databaseMissing(new SQLException("FATAL: database \"x\" does not exist", "3D000"))).isTrue();
    assertThat(dialect.errors().databaseMissing(new SQLException("FATAL: role \"x\" does not exist", "28000"))).isFalse();
  }

  @Test
  void aMissingDatabaseIsCreatedThroughThePostgresDatabaseOfTheSameServer() {
    assertThat(dialect.provisioning().orElseThrow().databaseCreation("jdbc:postgresql://db:5432/my%20app?user=u&ssl=true")).contains(
        new DatabaseCreation("jdbc:postgresql://db:5432/postgres?user=u&ssl=true", "my app", "CREATE DATABASE \"my app\""));
    assertThat(dialect.provisioning().orElseThrow().databaseCreation("jdbc:postgresql:app")).contains(
        new DatabaseCreation("jdbc:postgresql:postgres", "app", "CREATE DATABASE \"app\""));
    assertThat(dialect.provisioning().orElseThrow().databaseCreation("jdbc:postgresql://db:5432/?user=u")).isEmpty();
  }
}
