package io.github.dbmigrate.engine.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.DbMigrateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Choosing the dialect by URL, and the small per-database rules that need no server. */
class DialectsTest {

  @Test
  void everyDatabaseOfTheDesignIsChosenByItsUrl() {
    assertThat(Dialects.forUrl("jdbc:postgresql://h/db")).isInstanceOf(PostgresDialect.class);
    assertThat(Dialects.forUrl("jdbc:mariadb://h/db")).isInstanceOf(MySqlDialect.class);
    assertThat(Dialects.forUrl("jdbc:mysql://h/db")).isInstanceOf(MySqlDialect.class);
    assertThat(Dialects.forUrl("jdbc:oracle:thin:@//h:1521/svc")).isInstanceOf(OracleDialect.class);
    assertThat(Dialects.forUrl("jdbc:sqlserver://h;databaseName=db")).isInstanceOf(SqlServerDialect.class);
    assertThat(Dialects.forUrl("jdbc:sqlite:/tmp/app.db")).isInstanceOf(SqliteDialect.class);
    assertThat(Dialects.forUrl("jdbc:h2:mem:x")).isInstanceOf(H2Dialect.class);
  }

  @Test
  void anUnknownUrlListsTheSupportedSchemesWithoutThePassword() {
    assertThatThrownBy(() -> Dialects.forUrl("jdbc:db2://h:50000/db:password=secret;"))
        .isInstanceOf(DbMigrateException.class)
        .hasMessageContaining("jdbc:db2://h:50000/db:password=****")
        .hasMessageContaining("PostgreSQL (jdbc:postgresql:), MySQL/MariaDB (jdbc:mariadb:, jdbc:mysql:),"
            + " Oracle (jdbc:oracle:), SQL Server (jdbc:sqlserver:), SQLite (jdbc:sqlite:), H2 (jdbc:h2:)")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret"));
  }

  @Test
  void onlySqliteHasNoLock() {
    assertThat(Dialects.all()).filteredOn(d -> d.whyNoLock().isPresent())
        .singleElement().isInstanceOf(SqliteDialect.class);
  }

  @Test
  void mysqlUrlsGetPermitMysqlSchemeForTheMariaDbDriver() {
    MySqlDialect mysql = new MySqlDialect();

    assertThat(mysql.driverUrl("jdbc:mysql://h:3306/app")).isEqualTo("jdbc:mysql://h:3306/app?permitMysqlScheme");
    assertThat(mysql.driverUrl("jdbc:mysql://h/app?user=u")).isEqualTo("jdbc:mysql://h/app?user=u&permitMysqlScheme");
    assertThat(mysql.driverUrl("jdbc:mysql://h/app?permitMysqlScheme")).isEqualTo("jdbc:mysql://h/app?permitMysqlScheme");
    assertThat(mysql.driverUrl("jdbc:mariadb://h/app")).isEqualTo("jdbc:mariadb://h/app");
  }

  @Test
  void driverNoiseIsRemovedFromMessages() {
    assertThat(new MySqlDialect().errorMessage(new SQLException("(conn=14) Table 'app.x' doesn't exist")))
        .isEqualTo("Table 'app.x' doesn't exist");
    assertThat(new SqliteDialect().errorMessage(new SQLException(
        "[SQLITE_ERROR] SQL error or missing database (no such table: no_such_table)")))
        .isEqualTo("no such table: no_such_table (SQLITE_ERROR)");
    assertThat(new SqliteDialect().errorMessage(new SQLException("plain"))).isEqualTo("plain");
  }

  @Test
  void mysqlCreatesAMissingDatabaseThroughAConnectionWithoutOne() {
    Dialect mysql = Dialects.forUrl("jdbc:mysql://db:3306/app?user=u");
    assertThat(mysql.databaseCreation("jdbc:mysql://db:3306/my%60app?user=u")).contains(
        new DatabaseCreation("jdbc:mysql://db:3306/?user=u", "my`app", "CREATE DATABASE IF NOT EXISTS `my``app`"));
    assertThat(mysql.databaseCreation("jdbc:mariadb://db/app")).contains(
        new DatabaseCreation("jdbc:mariadb://db/", "app", "CREATE DATABASE IF NOT EXISTS `app`"));
    assertThat(mysql.databaseCreation("jdbc:mariadb://db:3306/")).isEmpty();
    assertThat(Dialects.forUrl("jdbc:h2:mem:x").createsDatabaseOnConnect()).isTrue();
    assertThat(Dialects.forUrl("jdbc:sqlite:app.db").createsDatabaseOnConnect()).isTrue();
    assertThat(Dialects.forUrl("jdbc:sqlserver://db;databaseName=app").databaseCreation("jdbc:sqlserver://db")).isEmpty();
  }
}
