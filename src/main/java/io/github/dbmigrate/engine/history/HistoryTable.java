package io.github.dbmigrate.engine.history;

import io.github.dbmigrate.engine.db.SqlStates;
import io.github.dbmigrate.engine.BadSetting;
import io.github.dbmigrate.engine.DatabaseError;
import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.Setting;
import io.github.dbmigrate.engine.dialect.Dialect;
import io.github.dbmigrate.engine.dialect.HistorySql;
import io.github.dbmigrate.engine.dialect.TableName;
import java.math.BigDecimal;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * The {@code dbmigrate_versions} table, used as found: a table the Go tool created (one
 * {@code version} column) gets only versions written, so both tools can take turns on one database.
 */
public final class HistoryTable {

  /** The label of {@link HistorySql#epochSecondsOf} applied to applied_at, where the dialect has one. */
  private static final String APPLIED_AT_EPOCH = "dbmigrate_applied_epoch";

  private static final List<String> OPTIONAL_COLUMNS =
      List.of("name", "checksum", "execution_ms", "applied_by", "environment");

  private final Dialect dialect;
  private final TableName name;
  private final String sqlName;
  private final FrontEnd words;
  private Set<String> columns;
  /**
   * Each version's values as stored, from the last {@link #read}: a hand or an import may have
   * recorded one version twice ({@code 'V'} and {@code 'V  '}); removing it must remove every row.
   */
  private final Map<String, Set<String>> storedForms = new TreeMap<>();
  /** The version column as the table declares it, learnt with the columns; null until then. */
  private VersionColumn versionColumn;
  private PreparedStatement insert;
  private Connection insertConnection;
  private String insertText;

  public HistoryTable(Dialect dialect, TableName name, FrontEnd words) {
    this.dialect = dialect;
    this.name = name;
    this.sqlName = name.sql(dialect);
    this.words = words;
  }

  public TableName name() {
    return name;
  }

  public String sqlName() {
    return sqlName;
  }

  /** Whether the table exists; needs a connection in autocommit (a failed probe aborts a transaction). */
  public boolean exists(Connection connection) {
    return readColumns(connection) != null;
  }

  /**
   * Whether the table exists, refusing one whose version column cannot hold a version, as {@link
   * #ensure} does: for a dry run, which must stop where the real run would.
   */
  public boolean existsToWrite(Connection connection) {
    boolean exists = exists(connection);
    refuseTooSmallVersionColumn();
    return exists;
  }

  /**
   * The table as it is, read without changing anything (for {@code doctor}): its columns in lower
   * case and its version column's declared type; empty when the table does not exist.
   */
  public Optional<Shape> shape(Connection connection) {
    Set<String> found = readColumns(connection);
    if (found == null) {
      return Optional.empty();
    }
    return Optional.of(new Shape(found, versionColumn == null ? null : versionColumn.typeName(),
        versionColumn != null && versionColumn.tooSmall()));
  }

  /**
   * An existing history table's columns and version column.
   *
   * @param versionType the version column's type as the database names it; null without one
   * @param versionTooSmall whether that type cannot hold a 14-digit version ({@link #ensure} refuses it)
   */
  public record Shape(Set<String> columns, String versionType, boolean versionTooSmall) {

    /** Whether every column the plugin writes is there, not only the Go tool's {@code version}. */
    public boolean allColumns() {
      return columns.containsAll(OPTIONAL_COLUMNS) && columns.contains("version");
    }
  }

  private void refuseTooSmallVersionColumn() {
    if (versionColumn != null && versionColumn.tooSmall()) {
      throw new BadSetting(Setting.TABLE, "The history table " + name + " stores versions in a column of type "
          + versionColumn.typeName() + ", which cannot hold a 14-digit version such as 20240101000000."
          + " Nothing was run. Change the column's type to varchar(14) (or bigint), or choose another table"
          + " with " + words.setting(Setting.TABLE) + ".");
    }
  }

  /** Creates the table if it is missing, and learns which columns it has. */
  public void ensure(Connection connection) {
    Set<String> found = readColumns(connection);
    if (found == null) {
      try (Statement st = connection.createStatement()) {
        st.execute(dialect.history().createHistoryTable(sqlName));
      } catch (SQLException e) {
        throw new DatabaseError(SqlStates.append("Cannot create the history table " + name + ": "
            + e.getMessage(), e) + ". Check that the user may create"
            + " tables" + (name.schema() == null ? "" : " in schema " + name.schema()) + ".", e);
      }
      found = readColumns(connection);
      if (found == null) {
        throw new DatabaseError("The history table " + name + " was created but cannot be read.", null);
      }
    }
    if (!found.contains("version")) {
      throw new BadSetting(Setting.TABLE, "The table " + name + " has no 'version' column, so it is not a"
          + " dbmigrate history table. Choose another name with " + words.setting(Setting.TABLE) + ".");
    }
    refuseTooSmallVersionColumn();
    columns = found;
  }

  /**
   * Every recorded row by its trimmed version, in order; an absent table means none. Rows that record
   * no version (see {@link AppliedVersion#isVersion}) are included: callers comparing versions skip them.
   */
  public Map<String, AppliedVersion> read(Connection connection) {
    Map<String, AppliedVersion> applied = new TreeMap<>();
    storedForms.clear();
    if (columns == null) {
      columns = readColumns(connection);
      if (columns == null) {
        return applied;
      }
    }
    String epoch = columns.contains("applied_at") ? dialect.history().epochSecondsOf("applied_at") : null;
    String sql = "SELECT *" + (epoch == null ? "" : ", " + epoch + " AS " + APPLIED_AT_EPOCH) + " FROM " + sqlName;
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      ResultSetMetaData meta = rs.getMetaData();
      Map<String, Integer> index = new TreeMap<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        index.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), i);
      }
      if (!index.containsKey("version")) {
        throw new BadSetting(Setting.TABLE, "The table " + name + " has no 'version' column, so it is not a"
            + " dbmigrate history table. Choose another name with " + words.setting(Setting.TABLE) + ".");
      }
      while (rs.next()) {
        // A NULL or non-version value (the Go tool's table allows both) is kept, to be listed as such.
        String stored = rs.getString(index.get("version"));
        String version = stored == null ? AppliedVersion.NULL_VERSION : stored.trim();
        if (stored != null) {
          storedForms.computeIfAbsent(version, v -> new LinkedHashSet<>()).add(stored);
        }
        applied.put(version, new AppliedVersion(version, text(rs, index, "name"),
            text(rs, index, "checksum"), instant(rs, index), number(rs, index, "execution_ms"),
            text(rs, index, "applied_by"), text(rs, index, "environment"), stored));
      }
      return applied;
    } catch (SQLException e) {
      throw new DatabaseError(SqlStates.append("Cannot read the history table " + name + ": " + e.getMessage(), e)
          + ".", e);
    }
  }

  /** Records a version, on the connection (and so in the transaction) that ran its script. */
  public void insert(Connection connection, AppliedVersion row) throws SQLException {
    bind(connection, row).executeUpdate();
  }

  /** Records versions in one batch (one round trip where the driver pipelines batches). */
  public void insertAll(Connection connection, List<AppliedVersion> rows) throws SQLException {
    PreparedStatement st = null;
    for (AppliedVersion row : rows) {
      st = bind(connection, row);
      st.addBatch();
    }
    if (st != null) {
      try {
        st.executeBatch();
      } catch (BatchUpdateException e) {
        // the batch's own message only says an entry was aborted; the database's reason is chained
        SQLException reason = e.getNextException();
        throw reason != null ? reason : e;
      }
    }
  }

  private PreparedStatement bind(Connection connection, AppliedVersion row) throws SQLException {
    Map<String, Object> values = insertValues(row);
    PreparedStatement st = preparedInsert(connection, insertSql(values, (column, value) -> "?"));
    int i = 1;
    for (Map.Entry<String, Object> entry : values.entrySet()) {
      Object value = entry.getValue();
      if (value == null) {
        // typed, because PostgreSQL refuses a varchar NULL for the bigint column
        st.setNull(i++, entry.getKey().equals("execution_ms") ? Types.BIGINT : Types.VARCHAR);
      } else if (entry.getKey().equals("version")) {
        bindVersion(st, i++, value.toString());
      } else if (value instanceof Long l) {
        st.setLong(i++, l);
      } else {
        st.setString(i++, value.toString());
      }
    }
    return st;
  }

  /**
   * One prepared insert per connection for the whole run: thousands of migrations then cost one
   * parse, not one each. The connection closes it.
   */
  private PreparedStatement preparedInsert(Connection connection, String sql) throws SQLException {
    if (insert == null || insertConnection != connection || !sql.equals(insertText) || insert.isClosed()) {
      insert = connection.prepareStatement(sql);
      insertConnection = connection;
      insertText = sql;
    }
    return insert;
  }

  /**
   * Removes a row, matching its value exactly as stored (trailing spaces and all), on the connection
   * that ran its down script. A delete that removes nothing fails: the version would stay recorded
   * while the run reported it gone.
   */
  public void delete(Connection connection, AppliedVersion row) throws SQLException {
    int removed;
    List<String> forms = storedForms(row);
    try (PreparedStatement st = connection.prepareStatement(deleteSql(forms.stream().map(f -> "?").toList()))) {
      for (int i = 0; i < forms.size(); i++) {
        bindVersion(st, i + 1, forms.get(i));
      }
      removed = st.executeUpdate();
    }
    if (removed == 0) {
      throw new SQLException(describeDelete(row) + " removed no row: version "
          + (row.stored() == null ? "NULL" : "'" + row.stored() + "'") + " is no longer recorded as it was read (another run, or a hand, changed it meanwhile)", "02000");
    }
  }

  /**
   * The statement {@link #insert} would run, with its values written as SQL literals, for dry runs.
   * A table not read yet (it does not exist) is described with the columns the plugin would create.
   */
  public String describeInsert(AppliedVersion row) {
    return insertSql(insertValues(row), this::literal);
  }

  /**
   * The statement {@link #insert} runs, with literal values, to send in one flight with the script;
   * {@code executionMsSql} computes the execution time on the server. Empty when a value holds a
   * backslash (a literal's meaning would depend on {@code standard_conforming_strings}) or the time
   * cannot be computed.
   */
  public Optional<String> literalInsert(AppliedVersion row, String executionMsSql) {
    Map<String, Object> values = insertValues(row);
    if (executionMsSql == null && values.containsKey("execution_ms")) {
      return Optional.empty();
    }
    for (Object value : values.values()) {
      if (value instanceof String text && text.indexOf('\\') >= 0) {
        return Optional.empty();
      }
    }
    return Optional.of(insertSql(values,
        (column, value) -> column.equals("execution_ms") ? executionMsSql : literal(column, value)));
  }

  /** The statement {@link #delete} runs, with the stored version as a literal: for dry runs. */
  public String describeDelete(AppliedVersion row) {
    return deleteSql(storedForms(row).stream().map(form -> literal("version", form)).toList());
  }

  /** The values {@code row}'s version is stored as: the row's own, and any other the last read found; none for NULL. */
  private List<String> storedForms(AppliedVersion row) {
    if (row.stored() == null) {
      return List.of();
    }
    Set<String> forms = storedForms.get(row.version());
    return forms == null || !forms.contains(row.stored()) ? List.of(row.stored()) : List.copyOf(forms);
  }

  /** The statement {@link #ensure} runs when the table is missing, for dry runs. */
  public String describeCreate() {
    return dialect.history().createHistoryTable(sqlName);
  }

  /** The columns written for a row: the version and whichever optional columns the table has. */
  private Map<String, Object> insertValues(AppliedVersion row) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("version", row.version());
    Object[] optional = {row.name(), row.checksum(), row.executionMs(), row.appliedBy(), row.environment()};
    for (int i = 0; i < OPTIONAL_COLUMNS.size(); i++) {
      if (columns == null || columns.contains(OPTIONAL_COLUMNS.get(i))) {
        values.put(OPTIONAL_COLUMNS.get(i), optional[i]);
      }
    }
    return values;
  }

  /** The INSERT of {@code values}, each written as {@code valueSql} says (a placeholder, a literal...). */
  private String insertSql(Map<String, Object> values, BiFunction<String, Object, String> valueSql) {
    StringBuilder sql = new StringBuilder(256).append("INSERT INTO ").append(sqlName).append(" (")
        .append(String.join(", ", values.keySet())).append(") VALUES (");
    String separator = "";
    for (Map.Entry<String, Object> entry : values.entrySet()) {
      sql.append(separator).append(valueSql.apply(entry.getKey(), entry.getValue()));
      separator = ", ";
    }
    return sql.append(')').toString();
  }

  /**
   * Binds a version as the column's type: PostgreSQL compares a bigint column with a varchar
   * parameter not at all ("operator does not exist") and refuses to insert one.
   */
  private void bindVersion(PreparedStatement st, int index, String version) throws SQLException {
    if (numericVersion() && version.trim().matches("\\d{1,18}")) {
      st.setLong(index, Long.parseLong(version.trim()));
    } else {
      st.setString(index, version);
    }
  }

  private boolean numericVersion() {
    return versionColumn != null && versionColumn.numeric();
  }

  /** The DELETE of the row whose version is {@code value} (SQL), or of NULL rows when null. */
  /** Deletes the rows whose version is one of {@code values} (SQL: literals or parameters); NULL's when none. */
  private String deleteSql(List<String> values) {
    return "DELETE FROM " + sqlName + " WHERE version " + (values.isEmpty() ? "IS NULL"
        : values.size() == 1 ? "= " + values.get(0) : "IN (" + String.join(", ", values) + ")");
  }

  /** {@code value} as a literal of {@code column}: a version is a number where the column is numeric. */
  private String literal(String column, Object value) {
    if (value == null) {
      return "NULL";
    }
    boolean number = value instanceof Long
        || column.equals("version") && numericVersion() && value.toString().trim().matches("\\d{1,18}");
    return number ? value.toString().trim() : "'" + value.toString().replace("'", "''") + "'";
  }

  private Set<String> readColumns(Connection connection) {
    try {
      if (dialect.history().tableMissing(connection, name)) {
        return null;
      }
    } catch (SQLException e) {
      // the probe below decides
    }
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT * FROM " + sqlName + " WHERE 1 = 0")) {
      ResultSetMetaData meta = rs.getMetaData();
      Set<String> names = new LinkedHashSet<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        String column = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
        names.add(column);
        if (column.equals("version")) {
          versionColumn = new VersionColumn(meta.getColumnType(i),
              meta.getColumnTypeName(i).toLowerCase(Locale.ROOT), meta.getPrecision(i));
        }
      }
      return names;
    } catch (SQLException e) {
      if (dialect.errors().isUndefinedTable(e)) {
        return null;
      }
      throw new DatabaseError(SqlStates.append("Cannot read the history table " + name + ": "
          + dialect.errors().errorMessage(e), e) + ". Check that the user may read it; nothing was changed.", e);
    }
  }

  private static String text(ResultSet rs, Map<String, Integer> index, String column) throws SQLException {
    Integer i = index.get(column);
    return i == null ? null : rs.getString(i);
  }

  private static Long number(ResultSet rs, Map<String, Integer> index, String column) throws SQLException {
    Integer i = index.get(column);
    if (i == null) {
      return null;
    }
    long value = rs.getLong(i);
    return rs.wasNull() ? null : value;
  }

  private java.time.Instant instant(ResultSet rs, Map<String, Integer> index) throws SQLException {
    Integer epoch = index.get(APPLIED_AT_EPOCH);
    if (epoch != null) {
      BigDecimal seconds = rs.getBigDecimal(epoch);
      return seconds == null ? null : java.time.Instant.ofEpochSecond(seconds.longValue(),
          seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
    }
    Integer i = index.get("applied_at");
    if (i == null) {
      return null;
    }
    return dialect.history().readTimestamp(rs, i);
  }

  /**
   * The version column's declared type, from the driver's metadata: a table made by hand or by
   * another tool may store versions as numbers, or in a type too small for 14 digits.
   */
  private record VersionColumn(int sqlType, String typeName, int precision) {

    boolean numeric() {
      return switch (sqlType) {
        case Types.BIGINT, Types.NUMERIC, Types.DECIMAL, Types.INTEGER, Types.SMALLINT, Types.TINYINT,
            Types.DOUBLE, Types.FLOAT, Types.REAL -> true;
        default -> false;
      };
    }

    /** Whether 20240101000000 cannot be stored: a 32-bit integer, a float, fewer than 14 digits or characters. */
    boolean tooSmall() {
      return switch (sqlType) {
        case Types.INTEGER, Types.SMALLINT, Types.TINYINT, Types.REAL -> true;
        case Types.NUMERIC, Types.DECIMAL, Types.CHAR, Types.VARCHAR, Types.NCHAR, Types.NVARCHAR ->
            precision > 0 && precision < 14;
        default -> false;
      };
    }
  }
}
