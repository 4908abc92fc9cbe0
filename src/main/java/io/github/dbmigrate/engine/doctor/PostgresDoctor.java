package io.github.dbmigrate.engine.doctor;

import io.github.dbmigrate.engine.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * PostgreSQL: {@code has_schema_privilege} (PostgreSQL 15 no longer lets every role create in
 * {@code public}), and the lock table that one transaction's DDL can fill.
 */
final class PostgresDoctor implements DoctorSql {

  private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");

  private final Dialect dialect;

  PostgresDoctor(Dialect dialect) {
    this.dialect = dialect;
  }

  @Override
  public Answer mayCreateTables(Connection connection, String schema) throws SQLException {
    try (PreparedStatement st = connection.prepareStatement(
        "SELECT has_schema_privilege(s.oid, 'CREATE') FROM pg_namespace s WHERE s.nspname = ?")) {
      st.setString(1, schema);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          return Answer.no("schema " + schema + " does not exist", "CREATE SCHEMA "
              + name(schema) + " AUTHORIZATION " + grantee(connection)
              + ", or choose an existing schema");
        }
        return rs.getBoolean(1) ? Answer.yes("has_schema_privilege")
            : Answer.no("has_schema_privilege", "GRANT CREATE ON SCHEMA " + name(schema)
                + " TO " + grantee(connection) + " (as the schema's owner or a superuser; since PostgreSQL 15"
                + " only the owner of public may create in it)");
      }
    }
  }

  @Override
  public String grantee(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT current_user")) {
      rs.next();
      return name(rs.getString(1));
    }
  }

  @Override
  public Optional<LockTableSize> lockTable(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT current_setting('max_locks_per_transaction')::bigint,"
            + " current_setting('max_connections')::bigint, current_setting('max_prepared_transactions')::bigint")) {
      rs.next();
      return Optional.of(new LockTableSize(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
    }
  }

  /** A name as a statement to paste takes it: bare when PostgreSQL would not fold it, else quoted. */
  private String name(String identifier) {
    return PLAIN.matcher(identifier).matches() ? identifier : dialect.history().quote(identifier);
  }
}
