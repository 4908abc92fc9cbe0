package io.github.dbmigrate.engine.status;

import java.time.Instant;

/** One version in a status report; {@code name} and {@code appliedAt} may be unknown (null). */
public record StatusRow(String version, String name, MigrationState state, Instant appliedAt) {}
