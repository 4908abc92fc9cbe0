package io.github.dbmigrate.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.DatabaseError;
import io.github.dbmigrate.engine.TxnMode;
import io.github.dbmigrate.engine.testing.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Variables on SQLite, which has no session variables: the TEMP table {@code dbmigrate_variables}. */
class SqliteVariablesTest extends VariablesScenarioTest {

  @Override
  TestDatabase createDatabase() {
    return TestDatabase.sqlite();
  }

  @Override
  boolean databaseHasLock() {
    return false;
  }

  @Override
  String read(String name) {
    return "(SELECT value FROM temp.dbmigrate_variables WHERE name = '" + name + "')";
  }

  @Override
  String moveSession() {
    return "";
  }

  /** The harshest a script can be: the table is gone, and the next migration must have it again. */
  @Override
  String overwriteDevData() {
    // the session's own temp table, which no release reads: a reviewed exception to the lint
    return "DROP TABLE temp.dbmigrate_variables;\n";
  }

  @Test
  void failingToSetThemStopsBeforeTheNextFileNamingItAndWhatStayed() throws Exception {
    write(V1 + "_reshapes.up.sql", ""
        + "DROP TABLE temp.dbmigrate_variables;\n"
        + "CREATE TEMP TABLE dbmigrate_variables (other int);\n");
    write(V2 + "_next.up.sql", store("v2", "dev_data"));

    assertThatThrownBy(() -> new Migrator(config(TxnMode.PER_FILE, Map.of("dev_data", "true")), listener).up())
        .isInstanceOf(DatabaseError.class)
        .hasMessageContaining(V2 + "_next.up.sql: before it ran, setting the variables of dbmigrate.variables"
            + " failed: ")
        .hasMessageContaining("1 earlier migration(s) of this run stay applied and recorded.");
    assertThat(db.column("SELECT version FROM dbmigrate_versions")).containsExactly(V1);
    assertThat(seen("v2")).isEmpty();
  }
}
