package io.github.dbmigrate.engine.inspect;

import io.github.dbmigrate.engine.history.AppliedVersion;
import io.github.dbmigrate.engine.status.ChecksumState;
import io.github.dbmigrate.engine.status.MigrationState;

/**
 * What {@code show} found about one version.
 *
 * @param connected whether the history was read; without a database, state and row are unknown
 * @param state null when not connected
 * @param row the recorded row; null when none or not connected
 * @param recording how the row came to be; null without a row
 * @param checksum how the recorded checksum compares with the up file; null without both
 * @param rulesOf whose client's rules split the scripts (PostgreSQL, MySQL...)
 * @param up the up script; null for a version recorded without a file
 * @param down the down script; null when there is none
 */
public record VersionDetails(String version, String name, boolean connected, MigrationState state,
    AppliedVersion row, Recording recording, ChecksumState checksum, String rulesOf, ScriptListing up,
    ScriptListing down) {}
