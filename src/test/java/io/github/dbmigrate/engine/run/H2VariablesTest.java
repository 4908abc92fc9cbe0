package io.github.dbmigrate.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.DbMigrateException;
import io.github.dbmigrate.engine.report.ReportFiles;
import io.github.dbmigrate.engine.testing.TestDatabase;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Variables on H2, server-free: user variables {@code @dbmigrate_<name>}. */
class H2VariablesTest extends VariablesScenarioTest {

  @Override
  TestDatabase createDatabase() {
    return TestDatabase.h2();
  }

  @Override
  String read(String name) {
    return "@dbmigrate_" + name;
  }

  @Override
  String moveSession() {
    return "CREATE SCHEMA other;\nSET SCHEMA other;\n";
  }

  @Override
  String overwriteDevData() {
    return "SET @dbmigrate_dev_data = 'changed';\n";
  }

  @Test
  void aSecretValueInTheDatabasesOwnMessageIsMaskedToo() throws Exception {
    String secret = "tok12345xyz";
    write(V1 + "_t.up.sql", "SELECT CAST(@dbmigrate_api_token AS INT);\n");

    assertThatThrownBy(() -> new Migrator(config(null, Map.of("api_token", secret)), listener).up())
        .isInstanceOf(DbMigrateException.class)
        .hasMessageContaining("Data conversion error converting \"****\"")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(secret));
    assertThat(Files.readString(reports.resolve(ReportFiles.JSON))).contains("****").doesNotContain(secret);
  }
}
