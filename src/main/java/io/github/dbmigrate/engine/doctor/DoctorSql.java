package io.github.dbmigrate.engine.doctor;

import io.github.dbmigrate.engine.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The questions {@code doctor} asks a database in its own SQL: may the user create tables, what the
 * lock needs, how large the lock table is. One small class per database, chosen by the dialect's id
 * ({@link #forDialect}) rather than through a part on {@link Dialect}: doctor is the only user, and a
 * database without a class here is still examined, its privilege checks answered "cannot tell".
 */
public interface DoctorSql {

  /**
   * Whether the session's user may create tables in {@code schema} (as the database names it; on
   * MySQL a database), asked of the catalog without changing anything.
   */
  Answer mayCreateTables(Connection connection, String schema) throws SQLException;

  /** The user as a {@code GRANT} names it: {@code "app"}, {@code 'app'@'%'}. */
  default String grantee(Connection connection) throws SQLException {
    return connection.getMetaData().getUserName();
  }

  /**
   * What the lock needs beyond trying it (Oracle: EXECUTE on {@code DBMS_LOCK}, without which runs
   * use the row-lock fallback); empty where trying the lock says it all.
   */
  default Optional<Answer> lockNeeds(Connection connection) throws SQLException {
    return Optional.empty();
  }

  /** The server's lock table, where one transaction's DDL can fill it (PostgreSQL); empty elsewhere. */
  default Optional<LockTableSize> lockTable(Connection connection) throws SQLException {
    return Optional.empty();
  }

  /**
   * How many locks the server's shared lock table holds:
   * {@code max_locks_per_transaction * (max_connections + max_prepared_transactions)}.
   */
  record LockTableSize(long perTransaction, long connections, long prepared) {

    public long capacity() {
      return perTransaction * (connections + prepared);
    }

    /** The formula with the server's values, for messages. */
    public String formula() {
      return "max_locks_per_transaction " + perTransaction + " x (max_connections " + connections
          + " + max_prepared_transactions " + prepared + ")";
    }
  }

  /** The questions in {@code dialect}'s SQL; a database without its own class cannot tell. */
  static DoctorSql forDialect(Dialect dialect) {
    return switch (dialect.id()) {
      case "postgresql" -> new PostgresDoctor(dialect);
      case "mysql" -> new MySqlDoctor();
      case "oracle" -> new OracleDoctor();
      case "sqlserver" -> new SqlServerDoctor(dialect);
      case "h2" -> new H2Doctor();
      case "sqlite" -> new SqliteDoctor();
      default -> (connection, schema) -> Answer.unknown("doctor cannot read " + dialect.name()
          + "'s privileges", "make sure the user may create tables in " + schema);
    };
  }
}
