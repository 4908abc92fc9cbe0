package io.github.dbmigrate.engine.files;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The migrations found on disk, in version order. */
public final class MigrationSet {

  private final List<Migration> migrations;
  private final Map<String, Migration> byVersion = new LinkedHashMap<>();

  public MigrationSet(List<Migration> migrations) {
    this.migrations = migrations.stream()
        .sorted(java.util.Comparator.comparing(Migration::version))
        .toList();
    this.migrations.forEach(m -> byVersion.put(m.version(), m));
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
