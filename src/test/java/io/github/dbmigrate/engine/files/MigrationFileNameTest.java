package io.github.dbmigrate.engine.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MigrationFileNameTest {

  private static MigrationFileName parse(String fileName) {
    return MigrationFileName.parse(fileName, new String[1]);
  }

  private static String problem(String fileName) {
    String[] why = new String[1];
    assertThat(MigrationFileName.parse(fileName, why)).as(fileName).isNull();
    return why[0];
  }

  @Test
  void readsVersionNameDirectionAndTheNoTransactionMarker() {
    assertThat(parse("20240101120000_create-users.up.sql"))
        .isEqualTo(new MigrationFileName("20240101120000", "create-users", Direction.UP, false));
    assertThat(parse("20240101120000_create-users.down.sql"))
        .isEqualTo(new MigrationFileName("20240101120000", "create-users", Direction.DOWN, false));
    assertThat(parse("20240101120000_add-index.no-db-txn.up.sql"))
        .isEqualTo(new MigrationFileName("20240101120000", "add-index", Direction.UP, true));
  }

  @Test
  void keepsDotsInTheNameAndTakesTheMarkerOnlyAfterAName() {
    assertThat(parse("20240101120000_v1.2.up.up.sql").name()).isEqualTo("v1.2.up");
    assertThat(parse("20240101120000_x.up.down.sql"))
        .isEqualTo(new MigrationFileName("20240101120000", "x.up", Direction.DOWN, false));
    // the marker alone is the name, as the Go tool's pattern reads it
    assertThat(parse("20240101120000_.no-db-txn.up.sql"))
        .isEqualTo(new MigrationFileName("20240101120000", ".no-db-txn", Direction.UP, false));
  }

  @Test
  void saysWhatIsWrongWithAMalformedName() {
    assertThat(problem("20240101120000_x.sql")).contains("neither .up.sql nor .down.sql");
    assertThat(problem("2024010112000_x.up.sql")).contains("exactly 14 digits").contains("found 13");
    assertThat(problem("202401011200000_x.up.sql")).contains("found 15");
    assertThat(problem("2024010112000\u0661_x.up.sql")).contains("found 13");
    assertThat(problem("2099123123599_x.up.sql")).contains("found 13");
    assertThat(problem("20240101120000x.up.sql")).contains("followed by '_'");
    assertThat(problem("20240101120000.up.sql")).contains("followed by '_'");
    assertThat(problem("20240101120000_.up.sql")).contains("name after the version is empty");
    assertThat(problem("20240101120000_a\nb.up.sql")).contains("line break");
  }

  @Test
  void aNameThatIsAMigrationButForItsCaseIsAnErrorGivingTheSpelling() {
    assertThat(MigrationFileName.looksLikeMigration("20240101120000_q.UP.SQL")).isTrue();
    assertThat(MigrationFileName.looksLikeMigration("20240101120000_q.Down.Sql")).isTrue();
    assertThat(problem("20240101120000_q.UP.SQL")).contains("20240101120000_q.up.sql")
        .contains("lower case");
    assertThat(problem("20240101120000_q.Down.Sql")).contains("20240101120000_q.down.sql");
    assertThat(problem("20240101120000_Add-Index.NO-DB-TXN.up.sql"))
        .contains("20240101120000_Add-Index.no-db-txn.up.sql");
    // the slug's own case is the author's choice
    assertThat(parse("20240101120000_Add-Users.up.sql").name()).isEqualTo("Add-Users");
  }
}
