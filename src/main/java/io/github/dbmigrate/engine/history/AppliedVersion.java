package io.github.dbmigrate.engine.history;

import java.time.Instant;

/**
 * A row of the history table. Every field but the version may be {@code null}: the Go tool's table
 * records only versions.
 */
public record AppliedVersion(
    String version, String name, String checksum, Instant appliedAt, Long executionMs,
    String appliedBy, String environment) {

  public static AppliedVersion versionOnly(String version) {
    return new AppliedVersion(version, null, null, null, null, null, null);
  }
}
