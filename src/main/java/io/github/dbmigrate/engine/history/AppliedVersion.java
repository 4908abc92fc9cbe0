package io.github.dbmigrate.engine.history;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A row of the history table. Every field but the version may be {@code null}: the Go tool's table
 * records only versions. {@code version} is the stored value trimmed, the key the plugin compares;
 * {@code stored} is the value exactly as the table holds it ({@code null} for a NULL row), which
 * statements that change the row must match.
 */
public record AppliedVersion(
    String version, String name, String checksum, Instant appliedAt, Long executionMs,
    String appliedBy, String environment, String stored) {

  /** What a NULL version is listed as; never a migration's version. */
  public static final String NULL_VERSION = "NULL";

  private static final Pattern VERSION = Pattern.compile("\\d{14}");

  /** A row the plugin writes: stored as its version. */
  public AppliedVersion(String version, String name, String checksum, Instant appliedAt, Long executionMs,
      String appliedBy, String environment) {
    this(version, name, checksum, appliedAt, executionMs, appliedBy, environment, version);
  }

  public static AppliedVersion versionOnly(String version) {
    return new AppliedVersion(version, null, null, null, null, null, null);
  }

  /**
   * Whether the row records a version a migration can have (14 digits). Others (NULL, {@code abc},
   * imported junk) stand for no migration: listed, never compared with real versions.
   */
  public boolean isVersion() {
    return stored != null && VERSION.matcher(version).matches();
  }
}
