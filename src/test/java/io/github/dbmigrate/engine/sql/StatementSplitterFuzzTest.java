package io.github.dbmigrate.engine.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random scripts for every dialect. Built from {@link KnownStatements}, they split into exactly the
 * statements they were made of, on the lines where those begin. Built from SQL-ish fragments, the
 * splitter never throws (nor does reading each statement's transaction control), and (for scripts without comments) no character is lost or invented except
 * delimiters.
 */
class StatementSplitterFuzzTest {

  private static final long SEED = 0x5EED_5417L;
  /**
   * Scripts per property; the mutation profile asks for fewer, since every mutant that survives the
   * other tests runs these too.
   */
  private static final int SCRIPTS = Integer.getInteger("dbmigrate.fuzz.scripts", 20_000);
  private static final int MAX_FRAGMENTS = 40;
  private static final int KNOWN_SCRIPTS = SCRIPTS / 10;
  private static final int MAX_PIECES = 8;

  private static final Map<String, SplitRules> DIALECTS =
      Map.of(
          "postgres", SplitRules.postgres(),
          "h2", SplitRules.h2(),
          "oracle", SplitRules.oracle(),
          "sqlServer", SplitRules.sqlServer(),
          "mysql", SplitRules.mysql(),
          "sqlite", SplitRules.sqlite());

  /** Each dialect's transaction-control reader, which must not throw on any statement either. */
  private static final Map<String, TransactionControl> CONTROLS =
      Map.of(
          "postgres", TransactionControl.POSTGRES,
          "h2", TransactionControl.H2,
          "oracle", TransactionControl.ORACLE,
          "sqlServer", TransactionControl.SQL_SERVER,
          "mysql", TransactionControl.MYSQL,
          "sqlite", TransactionControl.SQLITE);

  /** Fragments that never start a comment, even glued together, so nothing may be dropped. */
  private static final String[] SAFE = {
    "SELECT",
    "BEGIN",
    "END",
    "IF",
    "CASE",
    "THEN",
    "ELSE",
    "LOOP",
    "WHILE",
    "REPEAT",
    "DO",
    "CREATE",
    "OR",
    "REPLACE",
    "PROCEDURE",
    "FUNCTION",
    "TRIGGER",
    "PACKAGE",
    "JAVA",
    "ATOMIC",
    "NOT",
    "DECLARE",
    "ROW",
    "COPY",
    "FROM",
    "STDIN",
    "x",
    "t1",
    "42",
    "$1",
    "E",
    "q",
    "nq",
    "'",
    "''",
    "'a;b'",
    "\"",
    "\"id;\"",
    "`",
    "`b;`",
    "[",
    "]",
    "[c;]",
    "$$",
    "$a$",
    "$tag$",
    ";",
    ";",
    ";;",
    "/",
    "//",
    "\n/\n",
    "\nGO\n",
    "\ngo\n",
    "\nDELIMITER //\n",
    "\nDELIMITER ;\n",
    "\\",
    "\\.",
    "\n\\.\n",
    "(",
    ")",
    ",",
    ".",
    "=",
    ":",
    "!",
    "<",
    ">",
    "{",
    "}",
    "\n",
    "\n",
    "\r\n",
    "\r",
    " ",
    "\t",
    "é",
    "日本",
    "\uD83D\uDE00",
    "\u0000",
    "q'[",
    "]'",
    "q'{a;b}'",
    "E'\\''",
    "@"
  };

  /** Everything else: comments, executable comments, repeated GO batches, odd directives. */
  private static final String[] UNSAFE = {
    "--",
    "-- c",
    "-",
    "#",
    "/*",
    "*/",
    "/*!",
    "/*M!",
    "*",
    "\nGO 2\n",
    "\nGO 0\n",
    "\nGO 99999999999999999999\n",
    "\nDELIMITER\n",
    "\nDELIMITER $$\n",
    "\nSET standard_conforming_strings = off;\n",
    "\nRESET standard_conforming_strings;\n",
    "\n-- x\n",
    "GO",
    "q'",
    "nq'<",
    "E'",
    "$",
    "$$$",
    "\\'",
    "'\\"
  };

  @Test
  void scriptsOfKnownStatementsSplitBackIntoExactlyThoseStatements() throws IOException {
    Random random = new Random(SEED + 2);
    for (KnownStatements.Catalogue catalogue : KnownStatements.all()) {
      StatementSplitter splitter = new StatementSplitter(catalogue.rules());
      for (int i = 0; i < KNOWN_SCRIPTS; i++) {
        StringBuilder script = new StringBuilder();
        List<SqlStatement> expected = new ArrayList<>();
        int pieces = random.nextInt(MAX_PIECES + 1);
        for (int p = 0; p < pieces; p++) {
          script.append(pick(random, catalogue.gaps()));
          KnownStatements.Piece piece = pick(random, catalogue.pieces());
          if (!piece.before().isEmpty() && !script.isEmpty() && !endsLine(script)) {
            script.append('\n');
          }
          script.append(piece.before());
          int line = lineAtEnd(script);
          for (int t = 0; t < piece.times(); t++) {
            expected.add(new SqlStatement(piece.sql(), line, piece.copyData()));
          }
          script.append(piece.write(random));
        }
        script.append(pick(random, catalogue.gaps()));
        String text = script.toString();
        List<SqlStatement> actual = splitter.split(text);
        if (!actual.equals(expected)) {
          assertThat(actual).as(quote(text)).isEqualTo(expected); // fails, saying where
        }
        List<String> problems = splitter.problems(text);
        if (!problems.isEmpty()) {
          fail("problems %s in %s", problems, quote(text));
        }
        if (i % 50 == 0) {
          assertThat(splitTrickling(splitter, text)).as(quote(text)).isEqualTo(expected);
        }
      }
    }
  }

  private static <T> T pick(Random random, List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  private static boolean endsLine(CharSequence text) {
    char last = text.charAt(text.length() - 1);
    return last == '\n' || last == '\r';
  }

  /** The 1-based line the next character appended to {@code text} would be on. */
  private static int lineAtEnd(CharSequence text) {
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
      if (c == '\n' || c == '\r' && !crlf) {
        line++;
      }
    }
    return line;
  }

  @Test
  void safeScriptsKeepEveryCharacterButDelimiters() throws IOException {
    Random random = new Random(SEED);
    for (int i = 0; i < SCRIPTS; i++) {
      String script = randomScript(random, SAFE, new String[0]);
      for (Map.Entry<String, SplitRules> dialect : DIALECTS.entrySet()) {
        StatementSplitter splitter = new StatementSplitter(dialect.getValue());
        List<SqlStatement> statements = splitSafely(splitter, script, dialect.getKey());
        StringBuilder output = new StringBuilder();
        for (SqlStatement statement : statements) {
          output.append(statement.sql());
          if (statement.copyData() != null) {
            output.append(statement.copyData());
          }
        }
        String expected = withoutDelimiters(dialect.getKey(), script);
        String actual = withoutDelimiters(dialect.getKey(), output.toString());
        if (!expected.equals(actual)) {
          fail(
              "%s lost or invented text in %s%n  got %s",
              dialect.getKey(), quote(script), statements);
        }
        if (i % 50 == 0) {
          assertThat(splitTrickling(splitter, script)).as(quote(script)).isEqualTo(statements);
        }
      }
    }
  }

  @Test
  void anyScriptIsSplitAndCheckedWithoutThrowing() {
    Random random = new Random(SEED + 1);
    for (int i = 0; i < SCRIPTS; i++) {
      String script = randomScript(random, SAFE, UNSAFE);
      for (Map.Entry<String, SplitRules> dialect : DIALECTS.entrySet()) {
        StatementSplitter splitter = new StatementSplitter(dialect.getValue());
        List<SqlStatement> statements = splitSafely(splitter, script, dialect.getKey());
        readTransactionControlSafely(statements, dialect.getValue(), script, dialect.getKey());
        try {
          splitter.problems(script);
        } catch (RuntimeException e) {
          throw new AssertionError(dialect.getKey() + " problems() threw on " + quote(script), e);
        }
      }
    }
  }

  /** Splits, failing with the script if anything throws or a statement breaks an invariant. */
  private static List<SqlStatement> splitSafely(
      StatementSplitter splitter, String script, String dialect) {
    List<SqlStatement> statements;
    try {
      statements = splitter.split(script);
    } catch (RuntimeException e) {
      throw new AssertionError(dialect + " split() threw on " + quote(script), e);
    }
    int lines = script.split("\r\n|\r|\n", -1).length;
    int previousLine = 1;
    for (SqlStatement statement : statements) {
      String sql = statement.sql();
      boolean trimmed =
          !sql.isEmpty()
              && !Character.isWhitespace(sql.charAt(0))
              && !Character.isWhitespace(sql.charAt(sql.length() - 1));
      if (!trimmed || statement.line() < previousLine || statement.line() > lines) {
        fail("%s gave a bad statement %s for %s", dialect, statement, quote(script));
      }
      previousLine = statement.line();
    }
    return statements;
  }

  /** Reads each statement's transaction control, failing if that throws or names a line outside it. */
  private static void readTransactionControlSafely(List<SqlStatement> statements, SplitRules rules,
      String script, String dialect) {
    int lines = script.split("\r\n|\r|\n", -1).length;
    for (SqlStatement statement : statements) {
      try {
        CONTROLS.get(dialect).find(statement, rules).ifPresent(found -> {
          if (found.line() < statement.line() || found.line() > lines) {
            fail("%s found %s outside %s in %s", dialect, found, statement, quote(script));
          }
        });
      } catch (RuntimeException e) {
        throw new AssertionError(dialect + " transaction control threw on " + quote(statement.sql()), e);
      }
    }
  }

  private static List<SqlStatement> splitTrickling(StatementSplitter splitter, String script)
      throws IOException {
    List<SqlStatement> statements = new ArrayList<>();
    Reader trickle =
        new Reader() {
          private final Reader text = new StringReader(script);

          @Override
          public int read(char[] buffer, int offset, int length) throws IOException {
            return text.read(buffer, offset, Math.min(length, 1));
          }

          @Override
          public void close() {}
        };
    splitter.split(trickle, statements::add);
    return statements;
  }

  private static String randomScript(Random random, String[] common, String[] rare) {
    StringBuilder script = new StringBuilder();
    int fragments = random.nextInt(MAX_FRAGMENTS + 1);
    for (int i = 0; i < fragments; i++) {
      boolean useRare = rare.length > 0 && random.nextInt(4) == 0;
      String[] pool = useRare ? rare : common;
      script.append(pool[random.nextInt(pool.length)]);
      switch (random.nextInt(4)) {
        case 0 -> script.append(' ');
        case 1 -> script.append('\n');
        default -> {
          // glue the next fragment on
        }
      }
    }
    return script.toString();
  }

  /**
   * The non-whitespace characters of {@code text} without anything that may act as a delimiter in
   * the dialect, so that input and output compare equal when nothing else was lost.
   */
  private static String withoutDelimiters(String dialect, String text) {
    StringBuilder kept = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != ';') {
        kept.append(c);
      }
    }
    String result = kept.toString();
    return switch (dialect) {
      case "oracle" -> result.replace("/", "");
      case "sqlServer" -> result.replace("GO", "").replace("go", "");
      case "mysql" -> result.replace("DELIMITER", "").replace("/", "");
      case "postgres" -> result.replace("\\", "").replace(".", "");
      default -> result;
    };
  }

  private static String quote(String script) {
    return "\"" + script.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r") + "\"";
  }
}
