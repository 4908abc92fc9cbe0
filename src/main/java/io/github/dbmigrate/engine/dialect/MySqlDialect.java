package io.github.dbmigrate.engine.dialect;

import io.github.dbmigrate.engine.lint.DatabaseLint;
import io.github.dbmigrate.engine.lint.MySqlLint;
import io.github.dbmigrate.engine.lock.MySqlNamedLock;
import io.github.dbmigrate.engine.session.CatalogSessionState;
import io.github.dbmigrate.engine.session.UserVariables;
import io.github.dbmigrate.engine.sql.SplitRules;
import io.github.dbmigrate.engine.sql.TransactionControl;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Pattern;

/**
 * MySQL and MariaDB, through the MariaDB driver the plugin carries. DDL commits implicitly. The lock
 * is a named user lock ({@code GET_LOCK}), which the server drops with the connection. Statements are
 * sent one at a time (multi-queries stay off), so a {@code DELIMITER}-written procedure reaches the
 * server as one statement.
 */
final class MySqlDialect {

  /** {@code jdbc:mariadb://host:port/name?options} (or mysql): the part before the name, the name, the rest. */
  private static final Pattern URL_DATABASE = Pattern.compile("(jdbc:(?:mariadb|mysql)://[^/?]*/)([^?]*)(\\?.*)?");

  private MySqlDialect() {}

  static Dialect create() {
    HistorySql history = new History();
    return Dialect.builder("mysql", "MySQL/MariaDB").shownAs("MySQL").alsoNamed("mariadb", "MariaDB")
        .urls("jdbc:mariadb:", "jdbc:mysql:")
        .syntax(ScriptSyntax.semicolons(SplitRules.mysql(), TransactionControl.MYSQL))
        .execution(new PlainExecution(false))
        .session(new Session())
        .history(history)
        .errors(new Errors())
        .lock(new MySqlNamedLock())
        .capability(DatabaseLint.class, new MySqlLint())
        // Through a connection to the server with no database; IF NOT EXISTS makes a concurrent run harmless.
        .provisioning(Provisioning.byStatement(url -> DatabaseCreation.renaming(URL_DATABASE, url, "",
            name -> "CREATE DATABASE IF NOT EXISTS " + history.quote(name))))
        .build();
  }

  /** Backquoted names, and TIMESTAMP columns read through UNIX_TIMESTAMP. */
  static final class History extends StandardHistorySql {

    /** TIMESTAMP rather than DATETIME: it is stored as UTC and read back in the session's zone. */
    History() {
      super("CREATE TABLE IF NOT EXISTS",
          HistoryColumns.ddl("varchar", "timestamp NULL DEFAULT CURRENT_TIMESTAMP", "bigint"));
    }

    @Override
    public String quote(String identifier) {
      return backquote(identifier);
    }

    static String backquote(String identifier) {
      return '`' + identifier.replace("`", "``") + '`';
    }

    /**
     * A TIMESTAMP reads as a local time in the session's zone, which the driver then takes for the
     * JVM's: hours off when the two differ. UNIX_TIMESTAMP of a TIMESTAMP column is its stored UTC value.
     */
    @Override
    public String epochSecondsOf(String column) {
      return "UNIX_TIMESTAMP(" + column + ")";
    }

    /**
     * Asks information_schema, because the MariaDB driver logs every failed statement as a warning,
     * which the engine's probe of a table not created yet would put in the build log.
     */
    @Override
    public boolean tableMissing(Connection connection, TableName table) throws SQLException {
      String sql = "SELECT 1 FROM information_schema.TABLES"
          + " WHERE TABLE_SCHEMA = COALESCE(?, DATABASE()) AND TABLE_NAME = ?";
      try (PreparedStatement st = connection.prepareStatement(sql)) {
        st.setString(1, table.schema());
        st.setString(2, table.table());
        try (ResultSet rs = st.executeQuery()) {
          return !rs.next();
        }
      }
    }
  }

  /** A connect timeout, multi-queries off, and the mysql: scheme the MariaDB driver asks to be told about. */
  static final class Session extends ConnectionDefaults {

    Session() {
      // Milliseconds in both MariaDB's and MySQL's driver; no socket timeout, migrations may run long.
      // One statement per call: a script's text never reaches the server as several statements.
      super(new CatalogSessionState(History::backquote), new UserVariables(true), "connectTimeout", "10000", "allowMultiQueries", "false");
    }

    /** The MariaDB driver takes {@code jdbc:mysql:} URLs only when they say {@code permitMysqlScheme}. */
    @Override
    public String driverUrl(String jdbcUrl) {
      if (!jdbcUrl.startsWith("jdbc:mysql:") || jdbcUrl.contains("permitMysqlScheme")) {
        return jdbcUrl;
      }
      return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "permitMysqlScheme";
    }
  }

  /** MySQL's error numbers, and messages without the driver's connection prefix. */
  static final class Errors extends StandardErrors {

    private static final Pattern CONNECTION_PREFIX = Pattern.compile("^\\(conn=\\d+\\)\\s*");

    /** 1146 ER_NO_SUCH_TABLE; 42S02 also covers 1051, an unknown table. */
    @Override
    public boolean isUndefinedTable(SQLException e) {
      return e.getErrorCode() == 1146 || "42S02".equals(e.getSQLState());
    }

    /** Error 1049, ER_BAD_DB_ERROR ("Unknown database"); its SQLSTATE 42000 says only "syntax or access". */
    @Override
    public boolean databaseMissing(SQLException e) {
      return e.getErrorCode() == 1049;
    }

    /** The MariaDB driver starts every message with {@code (conn=N)}, which says nothing to a user. */
    @Override
    public String errorMessage(SQLException e) {
      return CONNECTION_PREFIX.matcher(plainMessage(e)).replaceFirst("");
    }
  }
}
