package io.github.dbmigrate.engine.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dbmigrate.engine.sql.SplitRules;
import io.github.dbmigrate.engine.sql.SqlStatement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which type changes PostgreSQL makes without a rewrite, as ALTER COLUMN ... TYPE writes them. */
class PostgresTypeChangeTest {

  private static ColumnType type(String sql) {
    return ColumnType.read(new TokenCursor(Tokenizer.tokens(new SqlStatement(sql, 1), SplitRules.postgres())));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "varchar(20)                  | varchar(40)",
      "varchar(20)                  | character varying(20)",
      "character varying(20)        | varchar",
      "varchar(20)                  | text",
      "varchar                      | text",
      "text                         | varchar",
      "text                         | pg_catalog.text",
      "numeric(10, 2)               | numeric(12, 2)",
      "decimal(10, 2)               | numeric",
      "numeric(10)                  | numeric(11, 0)",
      "timestamp(3)                 | timestamp",
      "timestamp(3) with time zone  | timestamptz(6)",
      "time(0)                      | time(3)",
      "cidr                         | inet",
      "int                          | integer",
      "int8                         | bigint",
      "bit varying(8)               | varbit(16)"})
  void passesWhatNeedsNoRewrite(String from, String to) {
    assertThat(PostgresTypeChange.withoutRewrite(type(from), type(to))).isTrue();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "varchar(40)                  | varchar(20)",
      "varchar                      | varchar(20)",
      "text                         | varchar(255)",
      "text                         | char(10)",
      "numeric(10, 2)               | numeric(12, 4)",
      "numeric(10, 2)               | numeric(8, 2)",
      "numeric                      | numeric(20, 2)",
      "integer                      | bigint",
      "smallint                     | integer",
      "timestamp                    | timestamptz",
      "timestamp                    | timestamp(3)",
      "varchar(20)                  | integer",
      "inet                         | cidr",
      "char(10)                     | varchar(10)"})
  void reportsWhatRewritesOrChecksEveryRow(String from, String to) {
    assertThat(PostgresTypeChange.withoutRewrite(type(from), type(to))).isFalse();
  }
}
