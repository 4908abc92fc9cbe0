package io.github.dbmigrate.engine.inspect;

import io.github.dbmigrate.engine.history.AppliedVersion;
import io.github.dbmigrate.engine.status.ChecksumState;
import io.github.dbmigrate.engine.status.MigrationState;

/**
 * One version of {@code history}: its files and state, and everything its row records.
 *
 * @param name the file's name, else the recorded one; may be null
 * @param recording how the row came to be; null for a pending version
 * @param checksum how the recorded checksum compares with the up file; null without both
 * @param row the recorded row; null for a pending version
 * @param upFile the up file as users see its path; null without a file
 * @param downFile the down file; null when there is none
 */
public record HistoryEntry(String version, String name, MigrationState state, Recording recording,
    ChecksumState checksum, AppliedVersion row, String upFile, String downFile) {}
