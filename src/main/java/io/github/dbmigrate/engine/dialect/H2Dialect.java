package io.github.dbmigrate.engine.dialect;

import io.github.dbmigrate.engine.lock.*;
import java.util.Optional;
import io.github.dbmigrate.engine.sql.SplitRules;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * H2, the embedded database. DDL commits implicitly. H2 has no advisory lock, so the lock is a row lock
 * ({@code SELECT ... FOR UPDATE}) held open on a dedicated connection in a one-row table beside the
 * history table; H2 drops it with the connection. Several processes share a file database only with
 * {@code AUTO_SERVER=TRUE} in the URL.
 */
public final class H2Dialect implements Dialect {

  @Override
  public boolean createsDatabaseOnConnect() {
    return true;
  }

  /** 90146: the database does not exist and IFEXISTS=TRUE forbids creating it. */
  @Override
  public boolean databaseMissing(SQLException e) {
    return "90146".equals(e.getSQLState());
  }

  @Override
  public String name() {
    return "H2";
  }

  @Override
  public List<String> urlPrefixes() {
    return List.of("jdbc:h2:");
  }

  @Override
  public SplitRules splitRules() {
    return SplitRules.h2();
  }

  @Override
  public boolean transactionalDdl() {
    return false;
  }

  @Override
  public String createHistoryTable(String table) {
    return "CREATE TABLE IF NOT EXISTS " + table + " ("
        + HistoryColumns.ddl("varchar", "timestamp with time zone DEFAULT CURRENT_TIMESTAMP", "bigint")
        + ")";
  }

  @Override
  public Optional<LockStrategy> lock() {
    return Optional.of(RowLock.h2());
  }

  /** H2 appends "; SQL statement: ..." and an error code to every message; the line says enough. */
  @Override
  public String errorMessage(SQLException e) {
    String message = Dialect.super.errorMessage(e);
    int echo = message.indexOf("; SQL statement:");
    return echo < 0 ? message : message.substring(0, echo);
  }
}
