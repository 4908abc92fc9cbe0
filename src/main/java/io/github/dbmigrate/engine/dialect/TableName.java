package io.github.dbmigrate.engine.dialect;

import io.github.dbmigrate.engine.BadSetting;
import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.Setting;
import java.util.regex.Pattern;

/**
 * The history table's name, optionally in a schema, always quoted, never pasted: a reserved word
 * ({@code order}, {@code user}) is a name like any other. A plain SQL word is quoted in the case the
 * database folds it to unquoted ({@link HistorySql#folded}), so it names the same table as the Go
 * tool's bare {@code dbmigrate_versions}; anything else is quoted as written. A schema the database
 * itself reported ({@code exactSchema}) is quoted exactly as reported.
 * Names a user gave come through {@link #of}, which refuses unusable ones in the front end's words.
 */
public record TableName(String schema, String table, boolean exactSchema) {

  private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  public TableName(String schema, String table) {
    this(schema, table, false);
  }

  public TableName {
    if (schema != null && schema.isBlank()) {
      schema = null;
    }
    refuseUnusable(schema, table, FrontEnd.PLAIN); // names from code; those from users were checked in of()
  }

  /** The name a user gave, or a refusal naming the settings in {@code words}. */
  public static TableName of(String schema, String table, FrontEnd words) {
    refuseUnusable(schema == null || schema.isBlank() ? null : schema, table, words);
    return new TableName(schema, table);
  }

  private static void refuseUnusable(String schema, String table, FrontEnd words) {
    if (table == null || table.isBlank()) {
      throw new BadSetting(Setting.TABLE, words.setting(Setting.TABLE) + " must not be empty.");
    }
    for (String part : new String[] {schema, table}) {
      if (part != null && (part.indexOf('\0') >= 0 || part.length() > 128)) {
        throw new BadSetting(part.equals(table) ? Setting.TABLE : Setting.SCHEMA,
            "The identifier '" + part.replace('\0', '?') + "' (" + words.setting(Setting.TABLE) + " or "
            + words.setting(Setting.SCHEMA) + ") is not usable: at most 128 characters, no NUL.");
      }
    }
  }

  public String sql(Dialect dialect) {
    String schemaSql = schema == null ? "" : (exactSchema ? dialect.history().quote(schema) : identifier(dialect, schema)) + ".";
    return schemaSql + identifier(dialect, table);
  }

  /** The table {@code suffix} names beside this one; too long a name is refused in {@code words}. */
  public TableName withSuffix(String suffix, FrontEnd words) {
    refuseUnusable(schema, table + suffix, words);
    return new TableName(schema, table + suffix, exactSchema);
  }

  /**
   * This name in the schema the session reports as current, when none was configured: a migration
   * that changes {@code search_path} (pg_dump's scripts do) or runs {@code USE} must not move the
   * history table out from under the run.
   */
  public TableName inSessionSchema(String reportedSchema) {
    return schema != null || reportedSchema == null || reportedSchema.isBlank() ? this
        : new TableName(reportedSchema, table, true);
  }

  /** A plain word in lower case (the database folds its case anyway); anything else as written. */
  public static String folded(String name) {
    return PLAIN_WORD.matcher(name).matches() ? name.toLowerCase(java.util.Locale.ROOT) : name;
  }

  static String identifier(Dialect dialect, String name) {
    HistorySql sql = dialect.history();
    return sql.quote(PLAIN_WORD.matcher(name).matches() ? sql.folded(name) : name);
  }

  @Override
  public String toString() {
    return schema == null ? table : schema + "." + table;
  }
}
