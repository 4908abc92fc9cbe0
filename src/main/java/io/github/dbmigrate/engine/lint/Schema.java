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

  /**
   * A named constraint some statement added to a table.
   *
   * @param name its name key
   * @param notNullColumn the column when it is {@code CHECK (column IS NOT NULL)}, else null
   * @param validated whether the database has checked it against every row (not {@code NOT VALID},
   *     or validated since)
   * @param addedBy the script that added it
   */
  public record Constraint(String name, String notNullColumn, boolean validated, Path addedBy) {}

  private final Map<String, Table> tables;
  /** Index name key to its table's name key, for statements that name only the index. */
  private final Map<String, String> indexes;
  /** Table name key to its named constraints; kept for tables the files did not create too. */
  private final Map<String, Map<String, Constraint>> constraints;
  /** Column types of tables no file created, as later statements gave them (ALTER TABLE ... ADD). */
  private final Map<String, Map<String, ColumnType>> outsideColumns;
  /** Table name key to the columns an ALTER TABLE ... ADD made, each with the script that made it. */
  private final Map<String, Map<String, Path>> addedColumns;
  private final boolean readOnly;
  /** Session settings the current script made ({@code SET name = value}), by name key; see {@link #setting}. */
  private final Map<String, String> settings = new HashMap<>();
  private Path settingsScript;

  public Schema() {
    this(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), false);
  }

  private Schema(Map<String, Table> tables, Map<String, String> indexes,
      Map<String, Map<String, Constraint>> constraints, Map<String, Map<String, ColumnType>> outsideColumns,
      Map<String, Map<String, Path>> addedColumns, boolean readOnly) {
    this.tables = tables;
    this.indexes = indexes;
    this.constraints = constraints;
    this.outsideColumns = outsideColumns;
    this.addedColumns = addedColumns;
    this.readOnly = readOnly;
  }

  /** This schema as a view that ignores changes. */
  public Schema readOnly() {
    return readOnly ? this : new Schema(tables, indexes, constraints, outsideColumns, addedColumns, true);
  }

  /** The table of an index a statement created (by its name key); empty when no file named it. */
  public Optional<String> indexTable(String index) {
    return Optional.ofNullable(indexes.get(index));
  }

  /** Records that {@code index} belongs to {@code table}. */
  public void putIndex(String index, String table) {
    if (!readOnly) {
      indexes.put(index, table);
    }
  }

  public void dropIndex(String index) {
    if (!readOnly) {
      indexes.remove(index);
    }
  }

  public void renameIndex(String from, String to) {
    if (!readOnly && indexes.containsKey(from)) {
      indexes.put(to, indexes.remove(from));
    }
  }

  /** A named constraint of {@code table}; empty when no file added it. */
  public Optional<Constraint> constraint(String table, String name) {
    return Optional.ofNullable(constraints.getOrDefault(table, Map.of()).get(name));
  }

  /** Whether {@code table} has a validated {@code CHECK (column IS NOT NULL)}. */
  public boolean hasValidNotNullCheck(String table, String column) {
    return constraints.getOrDefault(table, Map.of()).values().stream()
        .anyMatch(c -> c.validated() && column.equals(c.notNullColumn()));
  }

  public void putConstraint(String table, Constraint constraint) {
    if (!readOnly) {
      constraints.computeIfAbsent(table, t -> new HashMap<>()).put(constraint.name(), constraint);
    }
  }

  public void dropConstraint(String table, String name) {
    if (!readOnly && constraints.containsKey(table)) {
      constraints.get(table).remove(name);
    }
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
      outsideColumns.remove(name);
      addedColumns.remove(name);
    }
    return table;
  }

  public void dropTable(String name) {
    if (!readOnly) {
      tables.remove(name);
      indexes.values().removeIf(name::equals);
      constraints.remove(name);
      outsideColumns.remove(name);
      addedColumns.remove(name);
    }
  }

  public void renameTable(String from, String to) {
    if (readOnly || from == null || to == null) { // RENAME TO with no name yet: a file being written
      return;
    }
    indexes.replaceAll((index, table) -> table.equals(from) ? to : table);
    Map<String, Constraint> named = constraints.remove(from);
    if (named != null) {
      constraints.put(to, named);
    }
    move(outsideColumns, from, to);
    move(addedColumns, from, to);
    Table old = tables.remove(from);
    if (old != null) {
      Table renamed = new Table(to, old.createdBy);
      renamed.columns.putAll(old.columns);
      tables.put(to, renamed);
    }
  }

  /**
   * Records a column's type; for a table no file created, apart from its table, so the table still
   * counts as unknown while this column's type is known.
   */
  public void putColumn(String table, String column, ColumnType type) {
    if (readOnly) {
      return;
    }
    Table t = tables.get(table);
    if (t != null) {
      t.columns.put(column, type);
    } else {
      outsideColumns.computeIfAbsent(table, k -> new HashMap<>()).put(column, type);
    }
  }

  /** Records a column {@code ALTER TABLE ... ADD} made in {@code script}; {@code type} may be null. */
  public void addColumn(String table, String column, ColumnType type, Path script) {
    if (readOnly) {
      return;
    }
    if (type != null) {
      putColumn(table, column, type);
    }
    addedColumns.computeIfAbsent(table, k -> new HashMap<>()).put(column, script);
  }

  /** A column's type, whether or not the files created its table; empty when no statement gave it. */
  public Optional<ColumnType> column(String table, String column) {
    Table t = tables.get(table);
    return t != null ? t.column(column)
        : Optional.ofNullable(outsideColumns.getOrDefault(table, Map.of()).get(column));
  }

  /** The script whose {@code ALTER TABLE ... ADD} made the column; empty for any other column. */
  public Optional<Path> columnAddedBy(String table, String column) {
    return Optional.ofNullable(addedColumns.getOrDefault(table, Map.of()).get(column));
  }

  public void dropColumn(String table, String column) {
    if (readOnly) {
      return;
    }
    Table t = tables.get(table);
    if (t != null) {
      t.columns.remove(column);
    }
    outsideColumns.getOrDefault(table, new HashMap<>()).remove(column);
    addedColumns.getOrDefault(table, new HashMap<>()).remove(column);
  }

  public void renameColumn(String table, String from, String to) {
    if (readOnly) {
      return;
    }
    Table t = tables.get(table);
    if (t != null && t.columns.containsKey(from)) {
      t.columns.put(to, t.columns.remove(from));
    }
    move(outsideColumns.getOrDefault(table, new HashMap<>()), from, to);
    move(addedColumns.getOrDefault(table, new HashMap<>()), from, to);
  }

  /** Moves a map's entry to another key; the old entry at {@code to}, if any, goes. */
  private static <V> void move(Map<String, V> map, String from, String to) {
    V value = map.remove(from);
    map.remove(to);
    if (value != null) {
      map.put(to, value);
    }
  }

  /**
   * Records that {@code script} set a session setting. Settings last for the script that made them
   * only: the lint cannot know which scripts a deploy runs in one session.
   */
  public void putSetting(Path script, String name, String value) {
    if (readOnly) {
      return;
    }
    if (!script.equals(settingsScript)) {
      settings.clear();
      settingsScript = script;
    }
    settings.put(name, value);
  }

  /** A session setting {@code script} made earlier, upper-cased (such as {@code 0} or {@code OFF}). */
  public Optional<String> setting(Path script, String name) {
    return script.equals(settingsScript) ? Optional.ofNullable(settings.get(name)) : Optional.empty();
  }
}
