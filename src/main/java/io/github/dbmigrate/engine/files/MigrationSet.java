package io.github.dbmigrate.engine.files;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The migrations found on disk, in version order. Immutable once built, so runs against several
 * databases at once can share one.
 */
public final class MigrationSet {

  private final List<Migration> migrations;
  private final Map<String, Migration> byVersion;

  public MigrationSet(List<Migration> migrations) {
    this.migrations = migrations.stream()
        .sorted(java.util.Comparator.comparing(Migration::version))
        .toList();
    Map<String, Migration> index = new LinkedHashMap<>();
    this.migrations.forEach(m -> index.put(m.version(), m));
    this.byVersion = Collections.unmodifiableMap(index);
  }

  public List<Migration> all() {
    return Collections.unmodifiableList(migrations);
  }

  public Migration get(String version) {
    return byVersion.get(version);
  }

  public boolean contains(String version) {
    return byVersion.containsKey(version);
  }

  public int size() {
    return migrations.size();
  }
}
