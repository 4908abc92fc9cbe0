package io.github.dbmigrate.maven;

import java.io.File;
import java.util.List;

/**
 * The common parameters as the Mojo received them, before any resolution; kept apart from Maven
 * types so that {@link ConfigFactory} can be unit-tested.
 */
record Parameters(
    String url,
    String user,
    String password,
    String table,
    String schema,
    File dir,
    List<File> dirs,
    String txnMode,
    String lockTimeout,
    boolean noLock,
    File reportDir,
    String environment) {}
