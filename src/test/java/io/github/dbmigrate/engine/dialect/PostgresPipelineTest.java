package io.github.dbmigrate.engine.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dbmigrate.engine.sql.SqlStatement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which statements may share a flight on PostgreSQL: a statement that returns rows inside a JDBC
 * batch fails the batch ("A result was returned when none was expected"), so only those that cannot
 * are sent that way.
 */
class PostgresPipelineTest {

  private final StatementExecution dialect = PostgresDialect.create().execution();

  @ParameterizedTest
  @ValueSource(strings = {
      "CREATE TABLE t (id int)",
      "-- why\n/* nested /* comment */ */ create index i on t (id)",
      "ALTER TABLE t ADD COLUMN n text",
      "INSERT INTO t VALUES (1)",
      "update t set id = 2",
      "DELETE FROM t",
      "DO $$ BEGIN PERFORM 1; END $$",
      "SET search_path = app",
      "COMMENT ON TABLE t IS 'x'",
      "GRANT SELECT ON t TO PUBLIC"})
  void statementsThatReturnNoRowsArePipelined(String sql) {
    assertThat(dialect.canPipeline(new SqlStatement(sql, 1))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT setval('s', 10)",
      "SELECT pg_catalog.set_config('search_path', '', false)",
      "INSERT INTO t VALUES (1) RETURNING id",
      "UPDATE t SET id = 2\nreturning *",
      "WITH x AS (DELETE FROM t RETURNING *) SELECT * FROM x",
      "CALL p()",
      "VALUES (1)",
      "(SELECT 1)",
      "COMMIT",
      "BEGIN",
      "EXPLAIN SELECT 1",
      "SHOW search_path",
      "-- only a comment"})
  void statementsThatMayReturnRowsOrEndTheTransactionRunAlone(String sql) {
    assertThat(dialect.canPipeline(new SqlStatement(sql, 1))).isFalse();
  }

  /** The driver reads each batched statement's strings as the setting is when the statement is added. */
  @ParameterizedTest
  @ValueSource(strings = {
      "SET standard_conforming_strings = off",
      "set local STANDARD_CONFORMING_STRINGS to on",
      "RESET standard_conforming_strings",
      "RESET ALL"})
  void aChangeOfStandardConformingStringsRunsAlone(String sql) {
    assertThat(dialect.canPipeline(new SqlStatement(sql, 1))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"COPY t FROM STDIN"})
  void copyWithDataRunsAlone(String sql) {
    assertThat(dialect.canPipeline(new SqlStatement(sql, 1, "1\n"))).isFalse();
  }
}
