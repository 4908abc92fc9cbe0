package io.github.dbmigrate.engine.dialect;

import io.github.dbmigrate.engine.lint.DatabaseLint;
import io.github.dbmigrate.engine.lint.PostgresLint;
import io.github.dbmigrate.engine.lock.PostgresAdvisoryLock;
import io.github.dbmigrate.engine.session.PostgresSessionState;
import io.github.dbmigrate.engine.session.PostgresVariables;
import io.github.dbmigrate.engine.sql.SplitRules;
import io.github.dbmigrate.engine.sql.SqlStatement;
import io.github.dbmigrate.engine.sql.StandardConformingStrings;
import io.github.dbmigrate.engine.sql.StatementSplitter;
import io.github.dbmigrate.engine.sql.TransactionControl;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.core.BaseConnection;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * PostgreSQL: transactional DDL, statements pipelined where they cannot return rows, and a
 * session-level advisory lock that the server drops with the connection, so a killed build never
 * leaves it behind.
 */
final class PostgresDialect {

  /** {@code jdbc:postgresql://hosts/name?options} or {@code jdbc:postgresql:name?options}. */
  private static final Pattern URL_DATABASE = Pattern.compile("(jdbc:postgresql:(?://[^/?]*/)?)([^?]*)(\\?.*)?");

  private PostgresDialect() {}

  static Dialect create() {
    HistorySql history = new History();
    return Dialect.builder("postgresql", "PostgreSQL").abbreviated("postgres", "pg")
        .urls("jdbc:postgresql:")
        .syntax(new Syntax())
        .execution(new Execution())
        .session(new Session())
        .history(history)
        .errors(new Errors())
        .lock(new PostgresAdvisoryLock())
        // Through the postgres maintenance database; the user needs CREATEDB.
        .provisioning(Provisioning.byStatement(url -> DatabaseCreation.renaming(URL_DATABASE, url, "postgres",
            name -> "CREATE DATABASE " + history.quote(name))))
        .capability(DatabaseLint.class, new PostgresLint())
        .build();
  }

  /** The common history SQL, looked up along {@code search_path}. */
  static final class History extends StandardHistorySql {

    History() {
      super("CREATE TABLE IF NOT EXISTS",
          HistoryColumns.ddl("varchar", "timestamp with time zone DEFAULT CURRENT_TIMESTAMP", "bigint"));
    }

    /** PostgreSQL folds an unquoted name to lower case. */
    @Override
    public String folded(String plainWord) {
      return plainWord.toLowerCase(Locale.ROOT);
    }

    /** The search path's schemas that exist and may be searched, in order (pg_temp and pg_catalog aside). */
    @Override
    public List<String> lookupPath(Connection connection) throws SQLException {
      List<String> path = new ArrayList<>();
      try (Statement st = connection.createStatement();
          ResultSet rs = st.executeQuery("SELECT s FROM unnest(current_schemas(false)) WITH ORDINALITY AS p(s, i)"
              + " ORDER BY i")) {
        while (rs.next()) {
          path.add(rs.getString(1));
        }
      }
      return path;
    }
  }

  /**
   * psql's: the common syntax, with {@code '...'} strings read as the session's {@code
   * standard_conforming_strings} says (a database or role may set it off) until the script sets it.
   */
  static final class Syntax implements ScriptSyntax {

    private static final ScriptSyntax PSQL = ScriptSyntax.semicolons(SplitRules.postgres(), TransactionControl.POSTGRES);
    private static final SplitRules BACKSLASH_ESCAPES = SplitRules.postgres().toBuilder().backslashEscapes(true).build();

    @Override
    public SplitRules splitRules() {
      return PSQL.splitRules();
    }

    /** The driver knows the session's value from the server's reports: no round trip. */
    @Override
    public SplitRules splitRules(Connection session) throws SQLException {
      boolean standard = !session.isWrapperFor(BaseConnection.class)
          || session.unwrap(BaseConnection.class).getStandardConformingStrings();
      return standard ? PSQL.splitRules() : BACKSLASH_ESCAPES;
    }

    @Override
    public String scriptText(SqlStatement statement) {
      return PSQL.scriptText(statement);
    }

    @Override
    public TransactionControl transactionControl() {
      return PSQL.transactionControl();
    }
  }

  /** COPY through the driver's copy API, and one flight for statements that return no rows. */
  static final class Execution extends PlainExecution {

    /** First words of statements that never return rows (see {@link #canPipeline}). */
    private static final Set<String> PIPELINED_ALWAYS =
        Set.of("CREATE", "ALTER", "DROP", "COMMENT", "GRANT", "REVOKE", "TRUNCATE", "SET", "DO", "ANALYZE");
    /** ... and of those that return rows only with RETURNING. */
    private static final Set<String> PIPELINED_DML = Set.of("INSERT", "UPDATE", "DELETE");
    /** Anywhere, even inside a string: a false match only costs a round trip. */
    private static final Pattern RETURNING = Pattern.compile("(?i)\\breturning\\b");

    Execution() {
      super(true);
    }

    @Override
    public void execute(Connection connection, SqlStatement statement) throws SQLException {
      if (statement.copyData() == null) {
        refuseWhatTheDriverWouldSplit(connection, statement);
        super.execute(connection, statement);
        return;
      }
      try {
        connection.unwrap(PGConnection.class).getCopyAPI()
            .copyIn(statement.sql(), new StringReader(statement.copyData()));
      } catch (java.io.IOException e) {
        throw new SQLException("COPY data could not be sent: " + e.getMessage(), "08006", e);
      }
    }

    /**
     * The driver runs a statement as several when it sees a {@code ;} outside quotes, reading strings
     * with the session's {@code standard_conforming_strings}. Where the splitter read them otherwise (a
     * {@code set_config}, which it does not follow; a {@code RESET} after an earlier file's {@code SET}),
     * a part it took for a string could run, a {@code COMMIT} the refusal never saw among them. Only a
     * backslash reads differently, so only a statement with one and a {@code ;} is read again.
     */
    private static void refuseWhatTheDriverWouldSplit(Connection connection, SqlStatement statement)
        throws SQLException {
      String sql = statement.sql();
      if (sql.indexOf('\\') < 0 || sql.indexOf(';') < 0) {
        return;
      }
      int parts = new StatementSplitter(new Syntax().splitRules(connection)).split(sql).size();
      if (parts > 1) {
        throw new SQLException("the session's standard_conforming_strings (now "
            + (connection.unwrap(BaseConnection.class).getStandardConformingStrings() ? "on" : "off")
            + ") reads this statement's backslashes otherwise than the script's splitter did, and so as "
            + parts + " statements; it was not sent. The setting changed in a way the splitter cannot"
            + " follow (set_config, or RESET after an earlier file's SET): use SET standard_conforming_strings"
            + " in the file that needs it, or E'...' strings.", "42601");
      }
    }

    @Override
    public boolean pipelinesBatches() {
      return true;
    }

    /**
     * Statements that cannot return rows, whatever follows their first word; DML only without
     * RETURNING. SELECT (setval, set_config), CALL, WITH and the rest run one at a time, and so does
     * a SET of standard_conforming_strings: the driver reads each batched statement with the value it
     * knows when the statement is added.
     */
    @Override
    public boolean canPipeline(SqlStatement statement) {
      if (statement.copyData() != null || StandardConformingStrings.isChangedBy(statement)) {
        return false;
      }
      String first = statement.firstWord();
      if (PIPELINED_DML.contains(first)) {
        return !RETURNING.matcher(statement.sql()).find();
      }
      return PIPELINED_ALWAYS.contains(first);
    }

    @Override
    public String transactionElapsedMillis() {
      return "CAST(EXTRACT(EPOCH FROM clock_timestamp() - transaction_timestamp()) * 1000 AS bigint)";
    }
  }

  /** Bounded waits for an unreachable or silent server; no socket timeout, migrations may run long. */
  static final class Session extends ConnectionDefaults {

    Session() {
      super(new PostgresSessionState(), new PostgresVariables(), "connectTimeout", "10", "loginTimeout", "15", "tcpKeepAlive", "true",
          "ApplicationName", CLIENT);
    }

    /**
     * From PostgreSQL 14 on, a backend whose client died mid-statement (a killed build) notices within
     * a second and rolls back, instead of finishing a long statement while holding its locks.
     */
    @Override
    public void initSession(Connection connection) throws SQLException {
      if (connection.getMetaData().getDatabaseMajorVersion() >= 14) {
        try (java.sql.Statement st = connection.createStatement()) {
          st.execute("SET client_connection_check_interval = 1000");
        }
      }
    }
  }

  /** PostgreSQL's SQLSTATEs, and the server's message fields. */
  static final class Errors extends StandardErrors {

    /** 42P01 undefined_table, 3F000 invalid_schema_name. */
    @Override
    public boolean isUndefinedTable(SQLException e) {
      return "42P01".equals(e.getSQLState()) || "3F000".equals(e.getSQLState());
    }

    /** 42P04 duplicate_database. */
    @Override
    public boolean databaseCreatedMeanwhile(SQLException e) {
      return "42P04".equals(e.getSQLState());
    }

    /** 3D000 invalid_catalog_name. */
    @Override
    public boolean databaseMissing(SQLException e) {
      return "3D000".equals(e.getSQLState());
    }

    /** 53200 "out of shared memory": the lock table holds max_locks_per_transaction per connection. */
    @Override
    public Optional<String> lockTableFull(SQLException e) {
      return "53200".equals(e.getSQLState()) ? Optional.of("max_locks_per_transaction") : Optional.empty();
    }

    /** {@code ERROR 42601 syntax error at or near "x"}, with the server's detail and hint when given. */
    @Override
    public String errorMessage(SQLException e) {
      ServerErrorMessage server = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
      if (server == null || server.getMessage() == null) {
        return plainMessage(e);
      }
      return server.getSeverity() + " " + server.getSQLState() + " " + server.getMessage()
          + (server.getDetail() == null ? "" : " (" + server.getDetail() + ")")
          + (server.getHint() == null ? "" : " Hint: " + server.getHint());
    }

    /** The server's error position (1-based, in characters) points at the line inside a statement. */
    @Override
    public int failedLine(SqlStatement statement, SQLException e) {
      ServerErrorMessage server = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
      String sql = statement.sql();
      if (server == null || server.getPosition() <= 0 || server.getPosition() > sql.length()) {
        return statement.line();
      }
      return statement.line() + (int) sql.substring(0, server.getPosition() - 1).chars()
          .filter(c -> c == '\n').count();
    }
  }
}
