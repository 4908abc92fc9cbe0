package io.github.dbmigrate.engine.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.BadSetting;
import io.github.dbmigrate.engine.testing.HostilePasswords;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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

  @Test
  void everyPasswordOfTheCorpusPercentEncodedInDatabaseUrlIsReadBack() {
    for (String password : HostilePasswords.corpusWith("app")) {
      for (String scheme : List.of("postgres", "mysql", "mariadb")) {
        DatabaseTarget t = DatabaseTarget.resolve(scheme + "://app:" + HostilePasswords.encode(password)
            + "@db:5432/shop?sslmode=disable", null, null);

        assertThat(t.password()).as(password).isEqualTo(password);
        assertThat(t.user()).isEqualTo("app");
        assertThat(t.jdbcUrl()).as(password).endsWith("://db:5432/shop?sslmode=disable");
      }
    }
  }

  /** A password typed raw: read as typed, or refused saying which part and to percent-encode it. */
  @Test
  void everyPasswordOfTheCorpusTypedRawIsReadOrRefusedClearly() {
    Pattern percentEscape = Pattern.compile("%[0-9A-Fa-f]{2}");
    List<String> wrong = new ArrayList<>();
    for (String password : HostilePasswords.CORPUS) {
      String url = "postgres://app:" + password + "@db_host:5432/shop";
      try {
        DatabaseTarget t = DatabaseTarget.resolve(url, null, null);
        boolean asTyped = password.equals(t.password()) && t.jdbcUrl().equals("jdbc:postgresql://db_host:5432/shop");
        boolean decoded = percentEscape.matcher(password).find(); // %41 is an A, as in every URL
        if (!asTyped && !decoded) {
          wrong.add(password + " read as " + t.jdbcUrl());
        }
      } catch (BadSetting e) {
        if (e.getMessage().contains(password) || !e.getMessage().contains("Percent-encode")) {
          wrong.add(password + ": " + e.getMessage());
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void theIssuesPasswordIsRefusedNamingThePercentSignWithoutShowingIt() {
    assertThatThrownBy(() -> DatabaseTarget.resolve("postgres://user:Zq7@:/%;'\"Kx@host/db", null, null))
        .isInstanceOf(BadSetting.class)
        .hasMessageContaining("Cannot read the password in the database URL postgres://user:****@host/db")
        .hasMessageContaining("'%' that is not followed by two hexadecimal digits")
        .hasMessageContaining("% as %25")
        .hasMessageNotContaining("Zq7");
    assertThat(DatabaseTarget.resolve("postgres://user:Zq7@:/%25;'\"Kx@host/db", null, null).password())
        .isEqualTo("Zq7@:/%;'\"Kx");
  }

  @Test
  void mysqlUrlsDecodeSemicolonsAndQuestionMarks() {
    DatabaseTarget t = DatabaseTarget.resolve("mysql://u:p%3Bq%3F@h:3306/db", null, null);
    assertThat(t.password()).isEqualTo("p;q?");
    assertThat(t.jdbcUrl()).isEqualTo("jdbc:mysql://h:3306/db");
    assertThat(DatabaseTarget.resolve("mysql://u:p?q@h:3306/db", null, null).password()).isEqualTo("p?q");
  }

  @Test
  void aUrlThatReadsTwoWaysIsRefusedShowingOnlyItsScheme() {
    assertThatThrownBy(() -> DatabaseTarget.resolve("postgres://u:se/cret@h/db?application_name=me@b", null, null))
        .isInstanceOf(BadSetting.class)
        .hasMessageContaining("Cannot read the database URL postgres://... as postgres://user:password@host")
        .hasMessageContaining("more than one '@'")
        .hasMessageNotContaining("cret");
    assertThatThrownBy(() -> DatabaseTarget.resolve("postgres://u:se/cret@h:port/db", null, null))
        .hasMessageContaining("no host, port and database can be read")
        .hasMessageNotContaining("cret");
  }

  @Test
  void aUrlInAMessageIsMaskedToItsEndWithoutTheSentencesFullStop() {
    assertThat(Secrets.mask("No driver accepts the URL jdbc:postgresql://h/d/b?password=a;b,c)d. Check it."))
        .isEqualTo("No driver accepts the URL jdbc:postgresql://h/d/b?password=****. Check it.");
    assertThat(Secrets.mask("Cannot connect to jdbc:mysql://u:p@s/s@h/db: refused"))
        .isEqualTo("Cannot connect to jdbc:mysql://u:****@h/db: refused");
  }
}
