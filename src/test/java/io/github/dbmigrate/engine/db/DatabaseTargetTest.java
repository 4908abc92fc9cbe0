package io.github.dbmigrate.engine.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseTargetTest {

  @Test
  void goToolPostgresUrlBecomesJdbcWithCredentials() {
    DatabaseTarget t = DatabaseTarget.resolve("postgres://app:s%40cret@db.example:6543/shop?sslmode=disable",
        null, null);

    assertThat(t.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/shop?sslmode=disable");
    assertThat(t.user()).isEqualTo("app");
    assertThat(t.password()).isEqualTo("s@cret");
    assertThat(t.toString()).doesNotContain("s@cret").doesNotContain("s%40cret");
  }

  @Test
  void aHostWithAnUnderscoreKeepsItsHostAndCredentials() {
    DatabaseTarget t = DatabaseTarget.resolve("postgres://app:pw@db_host:5433/shop", null, null);

    assertThat(t.jdbcUrl()).isEqualTo("jdbc:postgresql://db_host:5433/shop");
    assertThat(t.user()).isEqualTo("app");
    assertThat(t.password()).isEqualTo("pw");
  }

  @Test
  void explicitCredentialsWinOverTheUrls() {
    DatabaseTarget t = DatabaseTarget.resolve("postgresql://app:pw@localhost/db", "other", "pw2");

    assertThat(t.user()).isEqualTo("other");
    assertThat(t.password()).isEqualTo("pw2");
  }

  @Test
  void jdbcUrlsPassThroughAndUnknownSchemesAreRefused() {
    assertThat(DatabaseTarget.resolve(" jdbc:h2:mem:x ", null, null).jdbcUrl()).isEqualTo("jdbc:h2:mem:x");
    assertThatThrownBy(() -> DatabaseTarget.resolve("mongodb://u:topsecret@h/db", null, null))
        .hasMessageContaining("give a JDBC URL")
        .hasMessageNotContaining("topsecret");
    assertThatThrownBy(() -> DatabaseTarget.resolve(null, null, null))
        .hasMessageContaining("DATABASE_URL");
  }

  @Test
  void masksPasswordsInUrlsOptionsAndVerbatim() {
    assertThat(Secrets.maskUrl("jdbc:postgresql://h/db?user=a&password=hunter2&ssl=true"))
        .isEqualTo("jdbc:postgresql://h/db?user=a&password=****&ssl=true");
    assertThat(Secrets.maskUrl("jdbc:sqlserver://h;user=a;password=hunter2;db=x"))
        .isEqualTo("jdbc:sqlserver://h;user=a;password=****;db=x");
    assertThat(Secrets.maskUrl("postgres://a:hunter2@h/db")).isEqualTo("postgres://a:****@h/db");
    assertThat(Secrets.maskUrl("jdbc:oracle:thin:scott/tiger@//db:1521/svc"))
        .isEqualTo("jdbc:oracle:thin:scott/****@//db:1521/svc");
    assertThat(Secrets.maskUrl("jdbc:oracle:thin:scott/\"p@ss\"@db:1521:orcl"))
        .isEqualTo("jdbc:oracle:thin:scott/****@db:1521:orcl");
    assertThat(Secrets.maskUrl("postgres://a:p@ss:w@rd@h:5432/db")).isEqualTo("postgres://a:****@h:5432/db");
    assertThat(Secrets.passwordsIn("jdbc:oracle:thin:scott/tiger@//db:1521/svc")).containsExactly("tiger");
    assertThat(Secrets.passwordsIn("postgres://a:p@ss@h/db")).containsExactly("p@ss");
    DatabaseTarget t = new DatabaseTarget("jdbc:postgresql://h/db?password=inurl", "u", "given");
    assertThat(t.mask("failed with inurl and given")).isEqualTo("failed with **** and ****");
  }
}
