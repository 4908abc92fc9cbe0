package io.github.dbmigrate.engine.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.BadSetting;
import io.github.dbmigrate.engine.Setting;
import io.github.dbmigrate.maven.MavenFrontEnd;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The names a run accepts, and what output may show of the values. */
class VariablesTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "Dev_data", "dev-data", "1st", "_x", "dev data", "x'; DROP TABLE t; --", "dbmigrate.x",
      "a234567890123456789012345678901"})
  void refusesNamesOutsideThePatternNamingTheSetting(String name) {
    assertThatThrownBy(() -> Variables.of(Map.of(name, "v"), MavenFrontEnd.INSTANCE))
        .isInstanceOfSatisfying(BadSetting.class, e -> assertThat(e.setting()).isEqualTo(Setting.VARIABLES))
        .hasMessageContaining("Variable name '" + name + "' in dbmigrate.variables is not allowed")
        .hasMessageContaining("Nothing was run.");
  }

  @Test
  void refusesAMissingName() {
    Map<String, String> given = new HashMap<>();
    given.put(null, "v");
    assertThatThrownBy(() -> Variables.of(given, MavenFrontEnd.INSTANCE)).isInstanceOf(BadSetting.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "dev_data", "seed2", "a2345678901234567890123456789_"})
  void acceptsLowerCaseNamesOfUpToThirtyCharacters(String name) {
    assertThat(Variables.of(Map.of(name, "v"), MavenFrontEnd.INSTANCE).values()).containsEntry(name, "v");
  }

  @Test
  void showsEveryValueButThoseOfPasswordsSecretsAndTokens() {
    Map<String, String> given = new LinkedHashMap<>();
    given.put("dev_data", "true");
    given.put("db_password", "pw1");
    given.put("client_secret", "s2");
    given.put("api_token", "t3");
    given.put("empty_token", null);

    Variables variables = Variables.of(given, MavenFrontEnd.INSTANCE);

    assertThat(variables.describe())
        .isEqualTo("dev_data=true, db_password=****, client_secret=****, api_token=****, empty_token=****");
    assertThat(variables.toString()).isEqualTo(variables.describe());
    assertThat(variables.secretValues()).containsExactly("pw1", "s2", "t3");
    assertThat(variables.values()).containsEntry("empty_token", "");
  }

  @Test
  void previewsWriteValuesAsLiteralsWithSecretsMasked() {
    Map<String, String> given = new LinkedHashMap<>();
    given.put("note", "it's");
    given.put("api_token", "t3");
    Variables variables = Variables.of(given, MavenFrontEnd.INSTANCE);

    assertThat(new PostgresVariables().preview(variables)).containsExactly(
        "SELECT set_config('dbmigrate.note', 'it''s', false), set_config('dbmigrate.api_token', '****', false)");
    assertThat(new UserVariables(true).preview(variables))
        .containsExactly("SET @dbmigrate_note = 'it''s', @dbmigrate_api_token = '****'");
    assertThat(new UserVariables(false).preview(variables))
        .containsExactly("SET @dbmigrate_note = 'it''s'", "SET @dbmigrate_api_token = '****'");
    assertThat(new SqlServerVariables().preview(variables)).containsExactly(
        "EXEC sp_set_session_context @key = N'dbmigrate.note', @value = N'it''s'",
        "EXEC sp_set_session_context @key = N'dbmigrate.api_token', @value = N'****'");
    assertThat(new OracleVariables().preview(variables)).containsExactly(
        "BEGIN DBMS_SESSION.SET_CONTEXT('CLIENTCONTEXT', 'note', 'it''s');"
            + " DBMS_SESSION.SET_CONTEXT('CLIENTCONTEXT', 'api_token', '****'); END;");
    assertThat(new SqliteVariables().preview(variables)).hasSize(4).last().asString()
        .isEqualTo("INSERT INTO temp.dbmigrate_variables (name, value) VALUES ('api_token', '****')");
    for (SessionVariables database : List.of(new PostgresVariables(), new UserVariables(true), new SqlServerVariables(),
        new OracleVariables(), new SqliteVariables())) {
      assertThat(database.preview(Variables.NONE)).as(database.getClass().getSimpleName()).isEmpty();
    }
  }
}
