package io.github.dbmigrate.engine.db.url;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dbmigrate.engine.testing.HostilePasswords;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every URL syntax of the six databases, with every password of the corpus written the way it allows. */
class UrlPasswordsTest {

  static final String M = "****";

  static String mask(String url) {
    return UrlPasswords.mask(url, M);
  }

  /** Each syntax: a URL with the password where it goes, and the URL as it must be masked. */
  record Syntax(String name, Function<String, String> write, String masked) {}

  static List<Syntax> syntaxes() {
    Function<String, String> enc = HostilePasswords::encode;
    return List.of(
        new Syntax("PostgreSQL query", p -> "jdbc:postgresql://h:5432/db?user=u&password=" + enc.apply(p) + "&ssl=true",
            "jdbc:postgresql://h:5432/db?user=u&password=" + M + "&ssl=true"),
        new Syntax("PostgreSQL query, raw but for &", p -> "jdbc:postgresql://h/db?password=" + p.replace("&", "%26"),
            "jdbc:postgresql://h/db?password=" + M),
        new Syntax("MySQL userinfo, raw", p -> "jdbc:mysql://u:" + p + "@h:3306/db?ssl=false",
            "jdbc:mysql://u:" + M + "@h:3306/db?ssl=false"),
        new Syntax("MySQL userinfo, encoded", p -> "jdbc:mysql://u:" + enc.apply(p) + "@h/db",
            "jdbc:mysql://u:" + M + "@h/db"),
        new Syntax("MariaDB query", p -> "jdbc:mariadb://h1:3306,h2:3307/db?user=u&password=" + enc.apply(p),
            "jdbc:mariadb://h1:3306,h2:3307/db?user=u&password=" + M),
        new Syntax("Go tool's postgres://, raw", p -> "postgres://u:" + p + "@db_host:5432/db?sslmode=disable",
            "postgres://u:" + M + "@db_host:5432/db?sslmode=disable"),
        new Syntax("SQLite query", p -> "jdbc:sqlite:/tmp/x.db?password=" + enc.apply(p) + "&foreign_keys=on",
            "jdbc:sqlite:/tmp/x.db?password=" + M + "&foreign_keys=on"),
        new Syntax("H2 option", p -> "jdbc:h2:file:./db;USER=sa;PASSWORD=" + p.replace(";", "") + ";IFEXISTS=TRUE",
            "jdbc:h2:file:./db;USER=sa;PASSWORD=" + M + ";IFEXISTS=TRUE"),
        new Syntax("SQL Server braced", p -> "jdbc:sqlserver://h\\inst:1433;user=u;password={" + p.replace("}", "}}")
            + "};databaseName=x", "jdbc:sqlserver://h\\inst:1433;user=u;password=" + M + ";databaseName=x"),
        new Syntax("Oracle thin, user/password@", p -> "jdbc:oracle:thin:scott/" + p + "@//db:1521/svc",
            "jdbc:oracle:thin:scott/" + M + "@//db:1521/svc"),
        new Syntax("Oracle thin, quoted", p -> "jdbc:oracle:thin:scott/\"" + p.replace("\"", "") + "\"@db:1521:orcl",
            "jdbc:oracle:thin:scott/" + M + "@db:1521:orcl"));
  }

  @Test
  void everyPasswordOfTheCorpusIsMaskedInEverySyntax() {
    List<String> wrong = new ArrayList<>();
    for (Syntax syntax : syntaxes()) {
      for (String password : HostilePasswords.corpusWith("u")) {
        String url = syntax.write().apply(password);
        if (!mask(url).equals(syntax.masked())) {
          wrong.add(syntax.name() + " [" + password + "]: " + mask(url));
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void theDecodedFormsAreKnownSoThatADriversEchoIsMaskedToo() {
    assertThat(UrlPasswords.forms("jdbc:postgresql://h/db?password=a%3Bb+c")).contains("a%3Bb+c", "a;b+c", "a;b c");
    assertThat(UrlPasswords.forms("jdbc:sqlserver://h;password={a;b}}c}")).contains("{a;b}}c}", "a;b}c");
    assertThat(UrlPasswords.forms("jdbc:oracle:thin:scott/\"p@ss\"@db:1521:orcl")).contains("\"p@ss\"", "p@ss");
    assertThat(UrlPasswords.forms("mysql://u:p%3Bq%3F@h/db")).contains("p%3Bq%3F", "p;q?");
  }

  @Test
  void optionsAreFoundByTheirNamesInAnyCase() {
    assertThat(mask("jdbc:sqlserver://h;PassWord=x y;trustStorePassword=t;user=u"))
        .isEqualTo("jdbc:sqlserver://h;PassWord=" + M + ";trustStorePassword=" + M + ";user=u");
    assertThat(mask("jdbc:postgresql://h/db?sslpassword=k,e)y&password=p w;d"))
        .isEqualTo("jdbc:postgresql://h/db?sslpassword=" + M + "&password=" + M);
    assertThat(mask("jdbc:h2:mem:x;password=a b,c)")).isEqualTo("jdbc:h2:mem:x;password=" + M);
    assertThat(mask("jdbc:oracle:thin:@db:1521/svc?oracle.net.wallet_password=w&x=1"))
        .isEqualTo("jdbc:oracle:thin:@db:1521/svc?oracle.net.wallet_password=" + M + "&x=1");
    assertThat(mask("jdbc:mysql://(host=h,port=3306,user=u,password=p)/db?x=1"))
        .doesNotContain("password=p");
  }

  @Test
  void aUrlOfAnUnsupportedDatabaseHasEveryPasswordOptionMasked() {
    assertThat(mask("jdbc:db2://h:50000/db:user=u;password=a,b) c;x=1;"))
        .isEqualTo("jdbc:db2://h:50000/db:user=u;password=" + M + ";x=1;");
    assertThat(mask("jdbc:other://u:p@ss@h/db?x=1&pwd=s e")).isEqualTo("jdbc:other://u:" + M + "@h/db?x=1&pwd=" + M);
  }

  @Test
  void urlsWithoutPasswordsStayAsTheyAre() {
    for (String url : List.of("jdbc:postgresql://h:5432/db?sslmode=disable", "jdbc:h2:mem:x;MODE=MySQL",
        "jdbc:oracle:thin:@//db:1521/svc", "jdbc:sqlserver://h;databaseName=x", "jdbc:sqlite:/tmp/a.db",
        "jdbc:postgresql://h/db?application_name=me@laptop", "jdbc:mariadb://h/db?user=u")) {
      assertThat(mask(url)).isEqualTo(url);
    }
  }

  @Test
  void aUserinfoThatReadsTwoWaysIsMaskedTheWidestWay() {
    // "p" with application_name=me@b, or "p@h/db?application_name=me" at host b: neither shows
    assertThat(mask("jdbc:mysql://u:p@h/db?application_name=me@b")).isEqualTo("jdbc:mysql://u:" + M + "@b");
    // a query password with an '@': 127.0.0.1 as a user, 5432/db?... as a password, Sign1 as a host
    assertThat(mask("jdbc:postgresql://127.0.0.1:5432/db?user=u&password=at@Sign1"))
        .isEqualTo("jdbc:postgresql://127.0.0.1:" + M);
  }
}
