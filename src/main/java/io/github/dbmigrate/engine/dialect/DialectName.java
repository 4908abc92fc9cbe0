package io.github.dbmigrate.engine.dialect;

/**
 * A name users may give a database by (the {@code dialect} setting).
 *
 * @param name the name, in lower case without blanks
 * @param shown the database as messages call it when chosen by this name ({@code mariadb}: MariaDB)
 * @param listed whether messages list it among the names to use; abbreviations are accepted unlisted
 */
public record DialectName(String name, String shown, boolean listed) {}
