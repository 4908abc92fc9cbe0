package io.github.dbmigrate.engine.dialect;

import io.github.dbmigrate.engine.lint.DatabaseLint;
import io.github.dbmigrate.engine.lint.OracleLint;
import io.github.dbmigrate.engine.lock.OracleDbmsLock;
import io.github.dbmigrate.engine.lock.RowLock;
import io.github.dbmigrate.engine.session.OracleSessionState;
import io.github.dbmigrate.engine.session.OracleVariables;
import io.github.dbmigrate.engine.sql.SplitRules;
import io.github.dbmigrate.engine.sql.TransactionControl;
import io.github.dbmigrate.engine.sql.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Oracle Database. DDL commits implicitly. Scripts are split as SQL*Plus does ({@code ;} ends a
 * plain statement and is not sent; PL/SQL units end at a {@code /} line). The lock is a {@code
 * DBMS_LOCK} user lock, or a row lock for users without EXECUTE on {@code DBMS_LOCK}. There is no
 * statement the plugin could create a database with.
 */
final class OracleDialect {

  /** The warning ojdbc gives when a PL/SQL unit was created with compilation errors. */
  static final int ORA_COMPILED_WITH_ERRORS = 17110;

  private OracleDialect() {}

  static Dialect create() {
    return Dialect.builder("oracle", "Oracle")
        .urls("jdbc:oracle:")
        .syntax(new Syntax())
        .execution(new Execution())
        // Milliseconds; no read timeout, migrations may run long.
        .session(new ConnectionDefaults(new OracleSessionState(), new OracleVariables(), "oracle.net.CONNECT_TIMEOUT", "10000",
            "v$session.program", ConnectionDefaults.CLIENT))
        // A plain CREATE TABLE: Oracle before 23ai has no IF NOT EXISTS, and the engine creates the
        // table only after a probe found none, holding the lock.
        .history(new StandardHistorySql("CREATE TABLE",
            HistoryColumns.ddl("varchar2", "timestamp with time zone DEFAULT CURRENT_TIMESTAMP", "number(19)"))
            .foldingToUpperCase())
        .errors(new Errors())
        .lock(new OracleDbmsLock(RowLock.oracle()))
        .capability(DatabaseLint.class, new OracleLint())
        .build();
  }

  /** SQL*Plus's: {@code ;} ends plain SQL, a {@code /} line PL/SQL units and Java source. */
  static final class Syntax implements ScriptSyntax {

    /** CREATE [OR REPLACE] [AND COMPILE|RESOLVE] [NOFORCE] JAVA SOURCE: not SQL, ended by a / line. */
    private static final Pattern JAVA_SOURCE = Pattern.compile(
        "(?is)create\\s+(or\\s+replace\\s+)?(and\\s+(compile|resolve)\\s+)?(noforce\\s+)?java\\s+source\\b");

    @Override
    public TransactionControl transactionControl() {
      return TransactionControl.ORACLE;
    }

    @Override
    public SplitRules splitRules() {
      return SplitRules.oracle();
    }

    /**
     * SQL*Plus ends a PL/SQL unit (whose text keeps its {@code END;}) and Java source with a {@code /}
     * line, and plain SQL with {@code ;}.
     */
    @Override
    public String scriptText(SqlStatement statement) {
      String sql = statement.sql().strip();
      return sql.endsWith(";") || JAVA_SOURCE.matcher(sql).lookingAt() ? sql + "\n/" : sql + ";";
    }
  }

  /** Plain statements, failing a PL/SQL unit that Oracle created with compilation errors. */
  static final class Execution extends PlainExecution {

    Execution() {
      super(false);
    }

    /**
     * Runs a statement, failing it when Oracle created a PL/SQL unit with compilation errors: Oracle
     * only warns then, and an invalid procedure would otherwise be recorded as applied.
     */
    @Override
    public void execute(Connection connection, SqlStatement statement) throws SQLException {
      try (Statement jdbc = connection.createStatement()) {
        jdbc.execute(statement.sql());
        SQLWarning warning = jdbc.getWarnings();
        if (warning != null && warning.getErrorCode() == ORA_COMPILED_WITH_ERRORS) {
          throw OracleCompilationError.read(connection);
        }
      }
    }
  }

  /** Oracle's ORA- numbers, and messages without ojdbc's help links. */
  static final class Errors extends StandardErrors {

    /** ORA-00942: table or view does not exist (also for a schema that does not exist). */
    @Override
    public boolean isUndefinedTable(SQLException e) {
      return e.getErrorCode() == 942;
    }

    /** A compilation error is reported on its own line of the unit, counted from the statement's. */
    @Override
    public int failedLine(SqlStatement statement, SQLException e) {
      if (e instanceof OracleCompilationError compilation && compilation.lineInUnit() > 0) {
        return statement.line() + compilation.lineInUnit() - 1;
      }
      return statement.line();
    }

    /** ojdbc 23 appends a help link on lines of its own; the ORA- line says what happened. */
    @Override
    public String errorMessage(SQLException e) {
      StringBuilder kept = new StringBuilder();
      for (String line : plainMessage(e).split("\\R")) {
        String trimmed = line.trim();
        if (trimmed.isEmpty() || trimmed.startsWith("https://docs.oracle.com/error-help")
            || trimmed.startsWith("Help: https://")) {
          continue;
        }
        kept.append(kept.length() == 0 ? "" : "\n").append(trimmed);
      }
      return kept.toString();
    }
  }
}
