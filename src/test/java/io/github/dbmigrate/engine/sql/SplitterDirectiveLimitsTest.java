package io.github.dbmigrate.engine.sql;

import static io.github.dbmigrate.engine.sql.Splits.sqls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The edges of the client directives ({@code GO}, {@code /}, {@code DELIMITER}): the longest line
 * still looked at, and the range of {@code GO} counts.
 */
class SplitterDirectiveLimitsTest {

  /** Directive lines are read only up to this many characters. */
  private static final int MAX_DIRECTIVE_LINE = 4096;

  /** A line that looks like {@code directive} up to the limit and goes on with {@code x} past it. */
  private static String tooLong(String directive) {
    return directive + " ".repeat(MAX_DIRECTIVE_LINE - directive.length()) + "x";
  }

  @Test
  void aLineThatGoesOnPastTheLimitIsNeverADirective() {
    String go = tooLong("GO");
    assertThat(sqls(SplitRules.sqlServer(), "SELECT 1\n" + go + "\nGO"))
        .containsExactly("SELECT 1\n" + go);

    String slash = tooLong("/");
    assertThat(sqls(SplitRules.oracle(), "SELECT 1 FROM dual\n" + slash + "\n/"))
        .containsExactly("SELECT 1 FROM dual\n" + slash);

    String delimiter = tooLong("DELIMITER //");
    assertThat(sqls(SplitRules.mysql(), delimiter + ";\nSELECT 2;"))
        .containsExactly(delimiter, "SELECT 2");
  }

  @Test
  void goCountsRunFromOneToTheLargestInt() {
    StatementSplitter mssql = new StatementSplitter(SplitRules.sqlServer());
    assertThat(mssql.problems("SELECT 1\nGO 1\n")).isEmpty();
    assertThat(sqls(SplitRules.sqlServer(), "SELECT 1\nGO 1\nSELECT 2\nGO 01\n"))
        .containsExactly("SELECT 1", "SELECT 2");

    // A count of a billion or of 2^31 - 1 is taken as given: the sink stops it after three runs.
    for (String count : List.of("1000000000", "2147483647")) {
      List<String> runs = new ArrayList<>();
      List<String> problems = new ArrayList<>();
      assertThatThrownBy(() -> mssql.split(new StringReader("SELECT 1\nGO " + count + "\n"),
              statement -> {
                runs.add(statement.sql());
                if (runs.size() == 3) {
                  throw new IllegalStateException("enough");
                }
              },
              problems::add))
          .as(count)
          .hasMessage("enough");
      assertThat(problems).as(count).isEmpty();
    }
    assertThat(mssql.problems("SELECT 1\nGO 2147483648\n"))
        .containsExactly("GO 2147483648 on line 2 is not a valid count; the batch runs once");
  }
}
