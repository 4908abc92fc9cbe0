package io.github.dbmigrate.engine.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "No such table" is how a first run finds an empty history; a denied permission or a lost
 * connection must never pass for it, or a run would start over on a database it cannot read.
 * Each row is the exception the database's driver raises, with its own SQLSTATE and error code.
 */
class DialectErrorClassificationTest {

  static Stream<Arguments> missingTables() {
    return Stream.of(
        row("jdbc:postgresql://h/db", "ERROR: relation \"dbmigrate_versions\" does not exist", "42P01", 0),
        row("jdbc:postgresql://h/db", "ERROR: schema \"app\" does not exist", "3F000", 0),
        row("jdbc:mariadb://h/db", "Table 'db.dbmigrate_versions' doesn't exist", "42S02", 1146),
        row("jdbc:mariadb://h/db", "Table 'db.dbmigrate_versions' doesn't exist", null, 1146),
        row("jdbc:oracle:thin:@//h/svc", "ORA-00942: table or view does not exist", "42000", 942),
        row("jdbc:sqlserver://h", "Invalid object name 'dbmigrate_versions'.", "S0002", 208),
        row("jdbc:sqlserver://h", "Invalid object name 'dbmigrate_versions'.", "42S02", 208),
        row("jdbc:sqlite:app.db", "[SQLITE_ERROR] SQL error (no such table: dbmigrate_versions)", null, 1),
        row("jdbc:h2:mem:x", "Table \"DBMIGRATE_VERSIONS\" not found", "42S02", 42102),
        row("jdbc:h2:mem:x", "Table \"DBMIGRATE_VERSIONS\" not found (this database is empty)", "42S04", 42104),
        row("jdbc:h2:mem:x", "Schema \"APP\" not found", "90079", 90079));
  }

  static Stream<Arguments> otherFailures() {
    return Stream.of(
        row("jdbc:postgresql://h/db", "ERROR: permission denied for table dbmigrate_versions", "42501", 0),
        row("jdbc:postgresql://h/db", "An I/O error occurred while sending to the backend.", "08006", 0),
        row("jdbc:mariadb://h/db", "SELECT command denied to user 'u'@'h' for table 'dbmigrate_versions'",
            "42000", 1142),
        row("jdbc:mariadb://h/db", "Socket fail to connect", "08000", 0),
        row("jdbc:oracle:thin:@//h/svc", "ORA-01031: insufficient privileges", "42000", 1031),
        row("jdbc:oracle:thin:@//h/svc", "ORA-03113: end-of-file on communication channel", "08000", 3113),
        row("jdbc:sqlserver://h", "The SELECT permission was denied on the object 'dbmigrate_versions'.",
            "S0005", 229),
        row("jdbc:sqlserver://h", "Connection reset", "08S01", 0),
        row("jdbc:sqlite:app.db", "[SQLITE_READONLY] attempt to write a readonly database", null, 8),
        row("jdbc:h2:mem:x", "Not enough rights for object \"DBMIGRATE_VERSIONS\"", "90096", 90096),
        row("jdbc:h2:mem:x", "no message at all", null, 0));
  }

  private static Arguments row(String url, String message, String sqlState, int code) {
    return Arguments.of(url, new SQLException(message, sqlState, code));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("missingTables")
  void aMissingTableOrSchemaIsRecognised(String url, SQLException e) {
    assertThat(Dialects.forUrl(url).errors().isUndefinedTable(e)).isTrue();
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("otherFailures")
  void aDeniedPermissionOrLostConnectionIsNeverAMissingTable(String url, SQLException e) {
    assertThat(Dialects.forUrl(url).errors().isUndefinedTable(e)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullMessages")
  void anExceptionWithoutMessageOrStateIsNotAMissingTable(String url) {
    assertThat(Dialects.forUrl(url).errors().isUndefinedTable(new SQLException())).isFalse();
  }

  static Stream<String> nullMessages() {
    return Stream.of("jdbc:postgresql://h/db", "jdbc:sqlite:app.db", "jdbc:h2:mem:x");
  }
}
