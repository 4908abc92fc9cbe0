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
    assertThat(Dialects.forUrl("jdbc:postgresql://h/db").id()).isEqualTo("postgresql");
    assertThat(Dialects.forUrl("jdbc:mariadb://h/db").id()).isEqualTo("mysql");
    assertThat(Dialects.forUrl("jdbc:mysql://h/db").id()).isEqualTo("mysql");
    assertThat(Dialects.forUrl("jdbc:oracle:thin:@//h:1521/svc").id()).isEqualTo("oracle");
    assertThat(Dialects.forUrl("jdbc:sqlserver://h;databaseName=db").id()).isEqualTo("sqlserver");
    assertThat(Dialects.forUrl("jdbc:sqlite:/tmp/app.db").id()).isEqualTo("sqlite");
    assertThat(Dialects.forUrl("jdbc:h2:mem:x").id()).isEqualTo("h2");
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
        .singleElement().extracting(Dialect::id).isEqualTo("sqlite");
  }

  @Test
  void mysqlUrlsGetPermitMysqlSchemeForTheMariaDbDriver() {
    SessionSetup mysql = Dialects.forUrl("jdbc:mysql://h/app").session();

    assertThat(mysql.driverUrl("jdbc:mysql://h:3306/app")).isEqualTo("jdbc:mysql://h:3306/app?permitMysqlScheme");
    assertThat(mysql.driverUrl("jdbc:mysql://h/app?user=u")).isEqualTo("jdbc:mysql://h/app?user=u&permitMysqlScheme");
    assertThat(mysql.driverUrl("jdbc:mysql://h/app?permitMysqlScheme")).isEqualTo("jdbc:mysql://h/app?permitMysqlScheme");
    assertThat(mysql.driverUrl("jdbc:mariadb://h/app")).isEqualTo("jdbc:mariadb://h/app");
  }

  @Test
  void driverNoiseIsRemovedFromMessages() {
    assertThat(MySqlDialect.create().errors().errorMessage(new SQLException("(conn=14) Table 'app.x' doesn't exist")))
        .isEqualTo("Table 'app.x' doesn't exist");
    assertThat(SqliteDialect.create().errors().errorMessage(new SQLException(
        "[SQLITE_ERROR] SQL error or missing database (no such table: no_such_table)")))
        .isEqualTo("no such table: no_such_table (SQLITE_ERROR)");
    assertThat(SqliteDialect.create().errors().errorMessage(new SQLException("plain"))).isEqualTo("plain");
  }

  @Test
  void mysqlCreatesAMissingDatabaseThroughAConnectionWithoutOne() {
    Provisioning mysql = Dialects.forUrl("jdbc:mysql://db:3306/app?user=u").provisioning().orElseThrow();
    assertThat(mysql.databaseCreation("jdbc:mysql://db:3306/my%60app?user=u")).contains(
        new DatabaseCreation("jdbc:mysql://db:3306/?user=u", "my`app", "CREATE DATABASE IF NOT EXISTS `my``app`"));
    assertThat(mysql.databaseCreation("jdbc:mariadb://db/app")).contains(
        new DatabaseCreation("jdbc:mariadb://db/", "app", "CREATE DATABASE IF NOT EXISTS `app`"));
    assertThat(mysql.databaseCreation("jdbc:mariadb://db:3306/")).isEmpty();
    assertThat(mysql.createsDatabaseOnConnect()).isFalse();
    assertThat(Dialects.forUrl("jdbc:h2:mem:x").provisioning().orElseThrow().createsDatabaseOnConnect()).isTrue();
    assertThat(Dialects.forUrl("jdbc:sqlite:app.db").provisioning().orElseThrow().createsDatabaseOnConnect()).isTrue();
    // SQL Server has no statement the plugin could create a database with.
    assertThat(Dialects.forUrl("jdbc:sqlserver://db;databaseName=app").provisioning()).isEmpty();
  }

  @Test
  void theRegistryFindsEveryDatabaseByItsIdAndAliasesAsValidateAcceptsThem() {
    assertThat(Dialects.listedNames())
        .containsExactly("h2", "mariadb", "mysql", "oracle", "postgresql", "sqlite", "sqlserver");
    assertThat(Dialects.named("pg").orElseThrow()).isEqualTo(Dialects.named("postgresql").orElseThrow());
    assertThat(Dialects.named(" Postgres ").orElseThrow().shown()).isEqualTo("PostgreSQL");
    assertThat(Dialects.named("MSSQL").orElseThrow().dialect().id()).isEqualTo("sqlserver");
    assertThat(Dialects.named("sql server").orElseThrow().shown()).isEqualTo("SQL Server");
    assertThat(Dialects.named("mysql").orElseThrow().shown()).isEqualTo("MySQL");
    assertThat(Dialects.named("mariadb").orElseThrow().shown()).isEqualTo("MariaDB");
    assertThat(Dialects.named("mariadb").orElseThrow().dialect()).isSameAs(Dialects.forUrl("jdbc:mariadb://h/db"));
    assertThat(Dialects.named("db2")).isEmpty();
    assertThat(Dialects.all()).allSatisfy(d -> assertThat(Dialects.named(d.id()).orElseThrow().dialect()).isSameAs(d));
  }

  @Test
  void eachDatabaseRecognisesAMissingTableByItsOwnCodesOnly() {
    SQLException h2 = new SQLException("Table \"X\" not found", "42S02", 42102);
    SQLException oracle = new SQLException("ORA-00942: table or view does not exist", "42000", 942);
    SQLException postgres = new SQLException("ERROR: relation \"x\" does not exist", "42P01");

    assertThat(Dialects.forUrl("jdbc:oracle:thin:@h:1521/x").errors().isUndefinedTable(oracle)).isTrue();
    assertThat(Dialects.forUrl("jdbc:oracle:thin:@h:1521/x").errors().isUndefinedTable(h2)).isFalse();
    assertThat(Dialects.forUrl("jdbc:h2:mem:x").errors().isUndefinedTable(h2)).isTrue();
    assertThat(Dialects.forUrl("jdbc:h2:mem:x").errors().isUndefinedTable(oracle)).isFalse();
    assertThat(Dialects.forUrl("jdbc:postgresql://h/db").errors().isUndefinedTable(postgres)).isTrue();
    assertThat(Dialects.forUrl("jdbc:postgresql://h/db").errors().isUndefinedTable(oracle)).isFalse();
    assertThat(Dialects.forUrl("jdbc:sqlite:x.db").errors().isUndefinedTable(
        new SQLException("[SQLITE_ERROR] SQL error or missing database (no such table: x)"))).isTrue();
  }

  @Test
  void aDescriptorWithAnotherErrorClassifierKeepsEverythingElse() {
    Dialect oracle = Dialects.forUrl("jdbc:oracle:thin:@h:1521/x");
    Dialect onH2 = oracle.with(Dialects.forUrl("jdbc:h2:mem:x").errors());

    assertThat(onH2.errors()).isSameAs(Dialects.forUrl("jdbc:h2:mem:x").errors());
    assertThat(onH2.id()).isEqualTo("oracle");
    assertThat(onH2.names()).isEqualTo(oracle.names());
    assertThat(onH2.syntax()).isSameAs(oracle.syntax());
    assertThat(onH2.history()).isSameAs(oracle.history());
    assertThat(onH2.lock()).isEqualTo(oracle.lock());
  }
}
