package io.github.dbmigrate.engine.dialect;

import io.github.dbmigrate.engine.lint.DatabaseLint;
import io.github.dbmigrate.engine.lint.H2Lint;
import io.github.dbmigrate.engine.lock.RowLock;
import io.github.dbmigrate.engine.session.H2SessionState;
import io.github.dbmigrate.engine.session.UserVariables;
import io.github.dbmigrate.engine.sql.SplitRules;
import io.github.dbmigrate.engine.sql.TransactionControl;
import java.sql.SQLException;

/**
 * H2, the embedded database. DDL commits implicitly. H2 has no advisory lock, so the lock is the
 * shared {@link RowLock} in a one-row table beside the history table; H2 drops it with the
 * connection. Several processes share a file database only with {@code AUTO_SERVER=TRUE} in the URL.
 */
final class H2Dialect {

  private H2Dialect() {}

  static Dialect create() {
    return Dialect.builder("h2", "H2")
        .urls("jdbc:h2:")
        .syntax(ScriptSyntax.semicolons(SplitRules.h2(), TransactionControl.H2))
        .execution(new PlainExecution(false))
        .session(new ConnectionDefaults(new H2SessionState(), new UserVariables(false)))
        .history(new StandardHistorySql("CREATE TABLE IF NOT EXISTS",
            HistoryColumns.ddl("varchar", "timestamp with time zone DEFAULT CURRENT_TIMESTAMP", "bigint"))
            // H2's default; a URL with DATABASE_TO_LOWER=TRUE or CASE_INSENSITIVE_IDENTIFIERS is not followed
            .foldingToUpperCase())
        .errors(new Errors())
        .lock(RowLock.h2())
        .provisioning(Provisioning.ON_CONNECT)
        .capability(DatabaseLint.class, new H2Lint())
        .build();
  }

  /** H2's error codes, and messages without the statement H2 echoes. */
  static final class Errors extends StandardErrors {

    /**
     * 42102 table not found (SQLSTATE 42S02), 42104 table not found with candidates (42S04), 90079
     * schema not found.
     */
    @Override
    public boolean isUndefinedTable(SQLException e) {
      int code = e.getErrorCode();
      String state = e.getSQLState() == null ? "" : e.getSQLState();
      return code == 42102 || code == 42104 || code == 90079
          || state.equals("42S02") || state.equals("42S04") || state.equals("42102") || state.equals("90079");
    }

    /** 90146: the database does not exist and IFEXISTS=TRUE forbids creating it. */
    @Override
    public boolean databaseMissing(SQLException e) {
      return "90146".equals(e.getSQLState());
    }

    /** H2 appends "; SQL statement: ..." and an error code to every message; the line says enough. */
    @Override
    public String errorMessage(SQLException e) {
      String message = plainMessage(e);
      int echo = message.indexOf("; SQL statement:");
      return echo < 0 ? message : message.substring(0, echo);
    }
  }
}
