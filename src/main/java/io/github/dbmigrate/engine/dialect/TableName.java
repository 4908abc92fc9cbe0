package io.github.dbmigrate.engine.dialect;

import io.github.dbmigrate.engine.DbMigrateException;
import java.util.regex.Pattern;

/**
 * The history table's name, optionally in a schema. Plain SQL words are written unquoted so that the
 * database folds their case as it does for the Go tool's table; anything else is quoted, never pasted.
 */
public record TableName(String schema, String table) {

  private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  public TableName {
    if (table == null || table.isBlank()) {
      throw new DbMigrateException("dbmigrate.table must not be empty.");
    }
    if (schema != null && schema.isBlank()) {
      schema = null;
    }
    for (String part : new String[] {schema, table}) {
      if (part != null && (part.indexOf('\0') >= 0 || part.length() > 128)) {
        throw new DbMigrateException("The identifier '" + part.replace('\0', '?')
            + "' (dbmigrate.table or dbmigrate.schema) is not usable: at most 128 characters, no NUL.");
      }
    }
  }

  public String sql(Dialect dialect) {
    return (schema == null ? "" : identifier(dialect, schema) + ".") + identifier(dialect, table);
  }

  public TableName withSuffix(String suffix) {
    return new TableName(schema, table + suffix);
  }

  /** A plain word in lower case (the database folds its case anyway); anything else as written. */
  public static String folded(String name) {
    return PLAIN_WORD.matcher(name).matches() ? name.toLowerCase(java.util.Locale.ROOT) : name;
  }

  static String identifier(Dialect dialect, String name) {
    return PLAIN_WORD.matcher(name).matches() ? name : dialect.quote(name);
  }

  @Override
  public String toString() {
    return schema == null ? table : schema + "." + table;
  }
}
