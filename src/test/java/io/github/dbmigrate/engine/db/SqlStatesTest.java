package io.github.dbmigrate.engine.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Every failure message shows the SQLSTATE once: added when missing, not repeated when the driver said it. */
class SqlStatesTest {

  @Test
  void addsTheStateTheDriverGave() {
    assertThat(SqlStates.append("Cannot read the history table t: boom", new SQLException("boom", "42501")))
        .isEqualTo("Cannot read the history table t: boom (SQLSTATE 42501)");
  }

  @Test
  void doesNotRepeatAStateTheDriversTextHolds() {
    SQLException mariadb = new SQLException("(conn=7) Error 1064-42000: syntax", "42000");
    assertThat(SqlStates.append("Database error: " + mariadb.getMessage(), mariadb))
        .isEqualTo("Database error: (conn=7) Error 1064-42000: syntax");
    SQLException already = new SQLException("ERROR: lock timeout (SQLSTATE 55P03)", "55P03");
    assertThat(SqlStates.append(already.getMessage(), already)).isEqualTo("ERROR: lock timeout (SQLSTATE 55P03)");
  }

  @Test
  void aStateInsideALongerNumberIsNotTheState() {
    assertThat(SqlStates.append("port 108001 refused", new SQLException("x", "08001")))
        .isEqualTo("port 108001 refused (SQLSTATE 08001)");
  }

  @Test
  void noStateNoParentheses() {
    assertThat(SqlStates.append("lost", new SQLException("lost"))).isEqualTo("lost");
  }
}
