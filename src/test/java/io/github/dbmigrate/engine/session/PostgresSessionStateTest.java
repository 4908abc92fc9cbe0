package io.github.dbmigrate.engine.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostgresSessionStateTest {

  @Test
  void theSearchPathIsSetBackAsTheServerSpellsItAndAnEmptyOneStaysEmpty() {
    assertThat(PostgresSessionState.searchPath("\"$user\", public")).isEqualTo("SET search_path TO \"$user\", public");
    assertThat(PostgresSessionState.searchPath("\"My Schema\", public"))
        .isEqualTo("SET search_path TO \"My Schema\", public");
    assertThat(PostgresSessionState.searchPath("\"\"")).isEqualTo("SET search_path TO ''");
  }

  @Test
  void theRoleGoesBackToTheSessionUserOrToTheRoleTheSessionStartedAs() {
    assertThat(PostgresSessionState.role("app", "app")).isEqualTo("RESET ROLE");
    assertThat(PostgresSessionState.role("odd\"role", "app")).isEqualTo("SET ROLE \"odd\"\"role\"");
  }

  @Test
  void theSessionUserIsSetBackQuotedAsTheServerReportsIt() {
    assertThat(PostgresSessionState.sessionUser("App\"User")).isEqualTo("SET SESSION AUTHORIZATION \"App\"\"User\"");
  }
}
