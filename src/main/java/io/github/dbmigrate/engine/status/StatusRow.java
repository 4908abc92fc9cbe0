package io.github.dbmigrate.engine.status;

import java.time.Instant;

/**
 * One version in a status report; {@code name} and {@code appliedAt} may be unknown (null), and
 * {@code checksum} is null for versions that are not both applied and on disk.
 */
public record StatusRow(String version, String name, MigrationState state, Instant appliedAt,
    ChecksumState checksum) {}
