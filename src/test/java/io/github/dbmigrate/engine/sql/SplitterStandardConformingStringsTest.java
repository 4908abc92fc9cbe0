package io.github.dbmigrate.engine.sql;

import static io.github.dbmigrate.engine.sql.Splits.problems;
import static io.github.dbmigrate.engine.sql.Splits.sqls;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A PostgreSQL script's own {@code standard_conforming_strings}, followed as psql follows it. */
class SplitterStandardConformingStringsTest {

  private static final SplitRules POSTGRES = SplitRules.postgres();

  @Test
  void offABackslashEscapesTheQuoteSoTheSemicolonStaysInTheString() {
    assertThat(sqls(POSTGRES, "SET standard_conforming_strings = off;\nINSERT INTO t VALUES ('it\\'s; here');\nSELECT 1;"))
        .containsExactly("SET standard_conforming_strings = off", "INSERT INTO t VALUES ('it\\'s; here')", "SELECT 1");
    assertThat(problems(POSTGRES, "SET standard_conforming_strings = off;\nINSERT INTO t VALUES ('it\\'s; here');"))
        .isEmpty();
  }

  @Test
  void onAsByDefaultABackslashIsTextAndTheQuoteEndsTheString() {
    assertThat(sqls(POSTGRES, "INSERT INTO t VALUES ('C:\\');\nSELECT 1;"))
        .containsExactly("INSERT INTO t VALUES ('C:\\')", "SELECT 1");
    assertThat(problems(POSTGRES, "INSERT INTO t VALUES ('it\\'s; here');"))
        .anySatisfy(problem -> assertThat(problem).startsWith("unterminated string"));
  }

  @Test
  void everySpellingOfTheSettingSwitchesIt() {
    for (String off : new String[] {"SET standard_conforming_strings = off", "set STANDARD_CONFORMING_STRINGS to 'off'",
        "SET SESSION standard_conforming_strings TO false", "SET LOCAL standard_conforming_strings=0",
        "SET \"standard_conforming_strings\" = 'of'", "SET standard_conforming_strings TO n"}) {
      assertThat(sqls(POSTGRES, off + ";\nSELECT 'a\\'; b';")).as(off).containsExactly(off, "SELECT 'a\\'; b'");
    }
    for (String on : new String[] {"SET standard_conforming_strings = on", "SET standard_conforming_strings TO DEFAULT",
        "RESET standard_conforming_strings", "reset all", "SET standard_conforming_strings = 'true'"}) {
      assertThat(sqls(POSTGRES, "SET standard_conforming_strings = off;\n" + on + ";\nSELECT 'C:\\';\nSELECT 2;"))
          .as(on).containsExactly("SET standard_conforming_strings = off", on, "SELECT 'C:\\'", "SELECT 2");
    }
  }

  @Test
  void theSettingCountsFromTheStatementAfterItAndNotInsideBodiesOrOtherSettings() {
    assertThat(sqls(POSTGRES, "SET standard_conforming_strings = off; SELECT 'a\\'; b';"))
        .containsExactly("SET standard_conforming_strings = off", "SELECT 'a\\'; b'");
    assertThat(sqls(POSTGRES, "DO $$ BEGIN SET standard_conforming_strings = off; END $$;\nSELECT 'C:\\';\nSELECT 2;"))
        .containsExactly("DO $$ BEGIN SET standard_conforming_strings = off; END $$", "SELECT 'C:\\'", "SELECT 2");
    assertThat(sqls(POSTGRES, "SET standard_conforming_strings = maybe;\nSELECT 'C:\\';"))
        .containsExactly("SET standard_conforming_strings = maybe", "SELECT 'C:\\'");
    assertThat(sqls(POSTGRES, "SET escape_string_warning = off;\nSELECT 'C:\\';"))
        .containsExactly("SET escape_string_warning = off", "SELECT 'C:\\'");
  }

  @Test
  void aSessionThatStartsOffReadsBackslashesUntilTheScriptSaysOn() {
    SplitRules off = POSTGRES.toBuilder().backslashEscapes(true).build();
    assertThat(sqls(off, "SELECT 'it\\'s; here';\nSET standard_conforming_strings = on;\nSELECT 'C:\\';\n"
        + "RESET standard_conforming_strings;\nSELECT 'a\\'; b';"))
        .containsExactly("SELECT 'it\\'s; here'", "SET standard_conforming_strings = on", "SELECT 'C:\\'",
            "RESET standard_conforming_strings", "SELECT 'a\\'; b'");
  }

  @Test
  void escapeStringsTakeBackslashesWhateverTheSetting() {
    assertThat(sqls(POSTGRES, "SELECT E'it\\'s; here';\nSELECT 2;")).containsExactly("SELECT E'it\\'s; here'", "SELECT 2");
    assertThat(sqls(POSTGRES, "SET standard_conforming_strings = on;\nSELECT e'a\\'; b';"))
        .containsExactly("SET standard_conforming_strings = on", "SELECT e'a\\'; b'");
  }

  @Test
  void onlyPostgresFollowsTheSetting() {
    assertThat(sqls(SplitRules.h2(), "SET standard_conforming_strings = off;\nSELECT 'C:\\';\nSELECT 2;"))
        .containsExactly("SET standard_conforming_strings = off", "SELECT 'C:\\'", "SELECT 2");
    assertThat(sqls(SplitRules.mysql(), "SET standard_conforming_strings = on;\nSELECT 'a\\'; b';"))
        .containsExactly("SET standard_conforming_strings = on", "SELECT 'a\\'; b'");
  }
}
