package io.github.dbmigrate.maven;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Every user table of a database with all its rows, as text: equal snapshots mean nothing changed. */
final class DatabaseSnapshot {

  private DatabaseSnapshot() {}

  static String of(String url) {
    try (Connection c = DriverManager.getConnection(url)) {
      DatabaseMetaData meta = c.getMetaData();
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          String schema = rs.getString("TABLE_SCHEM");
          if (schema != null && (schema.equalsIgnoreCase("information_schema")
              || schema.startsWith("pg_"))) {
            continue;
          }
          tables.add(quote(schema) + "." + quote(rs.getString("TABLE_NAME")));
        }
      }
      tables.sort(null);
      StringBuilder out = new StringBuilder();
      for (String table : tables) {
        out.append(table).append('\n');
        appendShape(meta, schemaOf(table), nameOf(table), out);
        List<String> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            StringBuilder row = new StringBuilder("  ");
            for (int i = 1; i <= columns; i++) {
              row.append(rs.getString(i)).append(" | ");
            }
            rows.add(row.toString());
          }
        }
        rows.sort(null);
        rows.forEach(r -> out.append(r).append('\n'));
      }
      return out.toString();
    } catch (SQLException e) {
      throw new IllegalStateException("snapshot of " + url + ": " + e.getMessage(), e);
    }
  }

  /** Columns (name, type, nullability) and indexes, so that a stray ALTER or CREATE INDEX shows. */
  private static void appendShape(DatabaseMetaData meta, String schema, String table, StringBuilder out)
      throws SQLException {
    try (ResultSet rs = meta.getColumns(null, schema, table, "%")) {
      while (rs.next()) {
        out.append("  column ").append(rs.getString("COLUMN_NAME")).append(' ')
            .append(rs.getString("TYPE_NAME")).append(' ').append(rs.getString("IS_NULLABLE")).append('\n');
      }
    }
    List<String> indexes = new ArrayList<>();
    try (ResultSet rs = meta.getIndexInfo(null, schema, table, false, true)) {
      while (rs.next()) {
        indexes.add("  index " + rs.getString("INDEX_NAME") + " " + rs.getString("COLUMN_NAME"));
      }
    }
    indexes.sort(null);
    indexes.forEach(i -> out.append(i).append('\n'));
  }

  private static String schemaOf(String quotedTable) {
    return unquote(quotedTable.substring(0, quotedTable.indexOf("\".\"") + 1));
  }

  private static String nameOf(String quotedTable) {
    return unquote(quotedTable.substring(quotedTable.indexOf("\".\"") + 2));
  }

  private static String unquote(String quoted) {
    return quoted.substring(1, quoted.length() - 1).replace("\"\"", "\"");
  }

  private static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
