package io.github.dbmigrate.engine.lint;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The tables and columns the migration files have made so far, followed statement by statement in
 * version order, so a rule can tell a new table from an existing one and a widening from a
 * narrowing. Names are compared as {@link Token#nameKey()} gives them, without schema
 * qualification. What the files never said (a table made before the first linted file, by hand or
 * by a baseline) is simply absent: the rules then say they cannot know rather than guess.
 *
 * <p>A schema {@linkplain #readOnly() read only} (down scripts are judged against the forward
 * schema but do not move it) ignores every change.
 */
public final class Schema {

  /** A table: its name key, the script that created it, its columns by name key. */
  public static final class Table {
    private final String name;
    private final Path createdBy;
    private final Map<String, ColumnType> columns = new LinkedHashMap<>();

    Table(String name, Path createdBy) {
      this.name = name;
      this.createdBy = createdBy;
    }

    public String name() {
      return name;
    }

    /** The script whose statement created the table. */
    public Path createdBy() {
      return createdBy;
    }

    /** A column's type; empty when the files never gave the column (or its type). */
    public Optional<ColumnType> column(String column) {
      return Optional.ofNullable(columns.get(column));
    }

    public boolean hasColumn(String column) {
      return columns.containsKey(column);
    }
  }

  private final Map<String, Table> tables;
  private final boolean readOnly;

  public Schema() {
    this(new HashMap<>(), false);
  }

  private Schema(Map<String, Table> tables, boolean readOnly) {
    this.tables = tables;
    this.readOnly = readOnly;
  }

  /** This schema as a view that ignores changes. */
  public Schema readOnly() {
    return readOnly ? this : new Schema(tables, true);
  }

  public Optional<Table> table(String name) {
    return Optional.ofNullable(tables.get(name));
  }

  /** Records a new table (replacing one of the same name), created by {@code script}. */
  public Table createTable(String name, io.github.dbmigrate.engine.files.Script script) {
    return createTable(name, script.file());
  }

  /** Records a new table (replacing one of the same name), created by the script {@code file}. */
  public Table createTable(String name, Path script) {
    Table table = new Table(name, script);
    if (!readOnly) {
      tables.put(name, table);
    }
    return table;
  }

  public void dropTable(String name) {
    if (!readOnly) {
      tables.remove(name);
    }
  }

  public void renameTable(String from, String to) {
    if (readOnly) {
      return;
    }
    Table old = tables.remove(from);
    if (old != null) {
      Table renamed = new Table(to, old.createdBy);
      renamed.columns.putAll(old.columns);
      tables.put(to, renamed);
    }
  }

  /** Records a column of a table the files made; a column of an unknown table is not recorded. */
  public void putColumn(String table, String column, ColumnType type) {
    Table t = tables.get(table);
    if (!readOnly && t != null) {
      t.columns.put(column, type);
    }
  }

  public void dropColumn(String table, String column) {
    Table t = tables.get(table);
    if (!readOnly && t != null) {
      t.columns.remove(column);
    }
  }

  public void renameColumn(String table, String from, String to) {
    Table t = tables.get(table);
    if (!readOnly && t != null && t.columns.containsKey(from)) {
      t.columns.put(to, t.columns.remove(from));
    }
  }
}
