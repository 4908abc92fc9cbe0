package io.github.dbmigrate.engine.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Statements each database's client reads as one, and the ways a script may end them, for
 * generating scripts whose split points are known in advance.
 *
 * <p>A {@link Piece} is what a generator writes for one statement: the statement itself followed by
 * one of its endings. Whatever comes between pieces ({@link #gaps}) is whitespace or comments that
 * the splitter must drop, so the script splits into exactly the pieces' statements, each on the line
 * where its text begins.
 */
final class KnownStatements {

  /**
   * One statement as written and as it must come back.
   *
   * @param before client directive lines written, at a line start, before the statement
   * @param sql the statement text the splitter must return
   * @param copyData the COPY data it must carry, or null
   * @param endings what may follow the text to end the statement; one is picked per script
   * @param times how often the statement comes back (a {@code GO 2} batch twice)
   */
  record Piece(String before, String sql, String copyData, List<String> endings, int times) {

    static Piece of(String sql, String... endings) {
      return new Piece("", sql, null, List.of(endings), 1);
    }

    /** The statement with one of its endings, as a script contains it. */
    String write(Random random) {
      return sql + endings.get(random.nextInt(endings.size()));
    }
  }

  /** Rules, pieces and the gaps between pieces for one database. */
  record Catalogue(SplitRules rules, List<Piece> pieces, List<String> gaps) {}

  private KnownStatements() {}

  /** Endings every semicolon dialect understands the same way. */
  private static final String[] SEMICOLON = {";", ";\n", " ;", ";\t", ";\r\n", "\n;\n"};

  /** Gaps any dialect drops; none may start a line with something a client reads as a directive. */
  private static final List<String> COMMON_GAPS =
      List.of("", " ", "\n", "\n\n", "\r\n", "\t", "-- a note; it's fine\n", "/* note; 'x' */ ",
          "\n/* two\n   lines; */\n", "--\n");

  /** Plain statements any semicolon dialect sends as written. */
  private static List<Piece> plain() {
    return List.of(
        Piece.of("SELECT 1", SEMICOLON),
        Piece.of("INSERT INTO t VALUES ('a;b', 'it''s', '--no', '/*no*/')", SEMICOLON),
        Piece.of("UPDATE t\n   SET a = 1 -- why; because\n WHERE b = 2", SEMICOLON),
        Piece.of("SELECT /* ; */ 2 AS \"odd;name\"", SEMICOLON),
        Piece.of("CREATE TABLE t (\n  id INT,\n  go INT\n)", SEMICOLON),
        Piece.of("SELECT 1 AS go, 2 AS delimiter", SEMICOLON),
        Piece.of("SELECT N'a;b', X'00', B'01'", SEMICOLON),
        Piece.of("SELECT a / b FROM t", SEMICOLON));
  }

  static List<Catalogue> all() {
    return List.of(postgres(), h2(), oracle(), sqlServer(), mysql(), sqlite());
  }

  static Catalogue postgres() {
    List<Piece> pieces = new ArrayList<>(plain());
    pieces.add(Piece.of(
        "CREATE FUNCTION f() RETURNS int AS $$\nBEGIN\n  RETURN 1;\nEND;\n$$ LANGUAGE plpgsql",
        SEMICOLON));
    pieces.add(Piece.of("SELECT $tag$a;b $$ c$tag$, $1, a$b", SEMICOLON));
    pieces.add(Piece.of("SELECT E'it\\'s;', 'C:\\'", SEMICOLON));
    pieces.add(Piece.of("CREATE RULE r AS ON INSERT TO t DO ALSO (NOTIFY a; NOTIFY b)", SEMICOLON));
    pieces.add(Piece.of("SELECT 3 /* a /* b; */ c */", SEMICOLON));
    pieces.add(Piece.of(
        "CREATE PROCEDURE p() LANGUAGE sql\nBEGIN ATOMIC\n  INSERT INTO t VALUES (1);\nEND",
        SEMICOLON));
    pieces.add(new Piece("", "COPY t (a, b) FROM STDIN", "1\tx;y\n2\t\\N\n",
        List.of(";\n1\tx;y\n2\t\\N\n\\.\n", "; -- data\n1\tx;y\n2\t\\N\n\\. \t\n"), 1));
    List<String> gaps = new ArrayList<>(COMMON_GAPS);
    gaps.add("/* outer /* inner; */ still; */ ");
    return new Catalogue(SplitRules.postgres(), pieces, gaps);
  }

  static Catalogue h2() {
    List<Piece> pieces = new ArrayList<>(plain());
    pieces.add(Piece.of("CREATE ALIAS f AS $$ String f() { return \"a;b\"; } $$", SEMICOLON));
    pieces.add(Piece.of("SELECT $a$", SEMICOLON));
    return new Catalogue(SplitRules.h2(), pieces, COMMON_GAPS);
  }

  static Catalogue oracle() {
    String[] plainEndings = {";", ";\n", "\n/\n", ";\n/\n", "\n  /  \n", ";\r\n/\r\n", "\n/\n/\n"};
    String[] unitEndings = {"\n/\n", "\r\n/\r\n", "\n /\t\n", "\n/\n/\n"};
    List<Piece> pieces = new ArrayList<>();
    for (Piece piece : plain()) {
      pieces.add(Piece.of(piece.sql(), plainEndings));
    }
    pieces.add(Piece.of("SELECT q'[it's; ok]', nq'{a;b}', Q'<x>' FROM dual", plainEndings));
    pieces.add(Piece.of("SELECT N'[a', q FROM dual", plainEndings));
    pieces.add(Piece.of(
        "CREATE OR REPLACE PROCEDURE p IS\nBEGIN\n  INSERT INTO t VALUES (';');\nEND;", unitEndings));
    pieces.add(Piece.of("DECLARE\n  n NUMBER;\nBEGIN\n  n := 1 / 2;\nEND;", unitEndings));
    pieces.add(Piece.of("BEGIN\n  NULL;\nEND;", unitEndings));
    pieces.add(Piece.of(
        "CREATE OR REPLACE AND COMPILE JAVA SOURCE NAMED \"Hi\" AS\n"
            + "public class Hi { static String s = \"it's;\"; /* ; */ }",
        unitEndings));
    return new Catalogue(SplitRules.oracle(), pieces, COMMON_GAPS);
  }

  static Catalogue sqlServer() {
    String[] go = {"\nGO\n", "\ngo\n", "\n  GO  \n", "\nGO -- end of batch\n", "\r\nGO\r\n", "\nGO\nGO\n"};
    List<Piece> pieces = new ArrayList<>();
    pieces.add(Piece.of("SELECT 1; SELECT 2;", go));
    pieces.add(Piece.of("SELECT 'GO' AS go, [GO]]x] FROM t -- GO\n/* \nGO\n */", go));
    pieces.add(Piece.of(
        "MERGE t USING s ON t.id = s.id\nWHEN MATCHED THEN DELETE\nOUTPUT $action;", go));
    pieces.add(Piece.of(
        "CREATE PROCEDURE p AS\nBEGIN\n  SELECT 1 AS go;\n  SELECT $1;\nEND", go));
    pieces.add(Piece.of("SELECT 1 AS go\nFROM t", go));
    pieces.add(new Piece(
        "", "INSERT INTO t DEFAULT VALUES", null, List.of("\nGO 2\n", "\ngo 02 -- twice\n"), 2));
    return new Catalogue(SplitRules.sqlServer(), pieces, COMMON_GAPS);
  }

  static Catalogue mysql() {
    List<Piece> pieces = new ArrayList<>(plain());
    pieces.add(Piece.of("SELECT `a;b`, \"c;d\", 'e\\'f;', 1--1", SEMICOLON));
    pieces.add(Piece.of("SELECT 1 # not the end;\n, 2", SEMICOLON));
    pieces.add(Piece.of("/*!40101 SET @x = 1; */", SEMICOLON));
    pieces.add(Piece.of(
        "CREATE PROCEDURE p()\nBEGIN\n  IF a THEN\n    SELECT 1;\n  END IF;\n  SELECT $x;\nEND",
        SEMICOLON));
    pieces.add(Piece.of(
        "CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW\nBEGIN\n  SET NEW.a = 1;\nEND",
        SEMICOLON));
    pieces.add(Piece.of("BEGIN NOT ATOMIC\n  SELECT 1;\nEND", SEMICOLON));
    // DELIMITER lines sit on lines of their own, before and after the statement, some in a row.
    String procedure = "CREATE PROCEDURE q()\nBEGIN\n  SELECT 1;\nEND";
    pieces.add(new Piece(
        "DELIMITER //\n", procedure, null, List.of("//\nDELIMITER ;\n", "\n//\ndelimiter ;\n"), 1));
    pieces.add(new Piece(
        "DELIMITER ;;\ndelimiter $$\n", procedure, null, List.of("$$\nDELIMITER ;\n"), 1));
    List<String> gaps = new ArrayList<>(COMMON_GAPS);
    gaps.add("# hash note;\n");
    return new Catalogue(SplitRules.mysql(), pieces, gaps);
  }

  static Catalogue sqlite() {
    List<Piece> pieces = new ArrayList<>(plain());
    pieces.add(Piece.of(
        "CREATE TRIGGER tr AFTER INSERT ON t\nBEGIN\n  UPDATE u SET n = n + 1;\n  DELETE FROM v;\nEND",
        SEMICOLON));
    pieces.add(Piece.of("SELECT [a;b], `c;d`", SEMICOLON));
    return new Catalogue(SplitRules.sqlite(), pieces, COMMON_GAPS);
  }
}
