package io.github.dbmigrate.engine.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dbmigrate.engine.sql.SplitRules;
import io.github.dbmigrate.engine.sql.SqlStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How PostgreSQL's quoting reaches the lint: bodies and strings never look like DDL. */
class PostgresTokensTest {

  private static List<Token> tokens(String sql) {
    return Tokenizer.tokens(new SqlStatement(sql, 1), SplitRules.postgres());
  }

  private static List<String> words(String sql) {
    return tokens(sql).stream().filter(t -> t.kind() == Token.Kind.WORD).map(Token::text).toList();
  }

  @Test
  void aDollarQuotedBodyIsOneStringAndTheLinesAfterItCount() {
    List<Token> tokens = tokens("CREATE FUNCTION f() RETURNS void AS $$\nBEGIN\n  DROP TABLE users;\nEND\n$$\n"
        + "LANGUAGE plpgsql");

    assertThat(words("DO $$ BEGIN TRUNCATE users; END $$")).containsExactly("DO");
    assertThat(tokens).filteredOn(t -> t.kind() == Token.Kind.STRING).singleElement()
        .satisfies(t -> assertThat(t.text()).contains("DROP TABLE users;"));
    assertThat(tokens.get(tokens.size() - 1)).isEqualTo(new Token(Token.Kind.WORD, "PLPGSQL", 6));
  }

  @Test
  void aTaggedBodyHoldsPlainDollarQuotesAndOtherTags() {
    List<Token> tokens = tokens("DO $outer$ BEGIN EXECUTE $$ALTER TABLE t ALTER c SET NOT NULL$$; "
        + "EXECUTE $x$UPDATE t SET a = 1$x$; END $outer$");

    assertThat(tokens).extracting(Token::kind).containsExactly(Token.Kind.WORD, Token.Kind.STRING);
  }

  @Test
  void anEscapeStringEndsAtItsRealClosingQuote() {
    // a backslash-escaped quote does not close E'...', so WHERE stays inside the string
    assertThat(words("UPDATE t SET a = E'it\\'s; WHERE x' ")).containsExactly("UPDATE", "T", "SET", "A");
    assertThat(words("UPDATE t SET a = e'\\\\' WHERE id = 1")).contains("WHERE");
  }

  @Test
  void aStandardStringTakesBackslashesLiterallyAndDoublesItsQuote() {
    assertThat(words("UPDATE t SET a = 'C:\\' WHERE id = 1")).contains("WHERE");
    assertThat(words("UPDATE t SET a = 'it''s WHERE' ")).doesNotContain("WHERE");
  }

  @Test
  void aDollarInsideANameOpensNoBody() {
    assertThat(words("CREATE INDEX a$b ON t (c)")).containsExactly("CREATE", "INDEX", "A$B", "ON", "T", "C");
  }
}
