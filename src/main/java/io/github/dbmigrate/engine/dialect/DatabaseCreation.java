package io.github.dbmigrate.engine.dialect;

/**
 * How {@code dbmigrate.createDatabase} creates a missing database: connect to {@code serverUrl}, a
 * database of the same server that always exists (or none), and run {@code sql}.
 *
 * @param name the database's name as the URL gives it, for messages
 */
public record DatabaseCreation(String serverUrl, String name, String sql) {}
