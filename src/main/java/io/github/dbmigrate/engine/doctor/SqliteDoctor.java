package io.github.dbmigrate.engine.doctor;

import java.sql.Connection;
import java.sql.SQLException;

/** SQLite has no privileges: a database file opened for writing takes any table. */
final class SqliteDoctor implements DoctorSql {

  @Override
  public Answer mayCreateTables(Connection connection, String schema) throws SQLException {
    return connection.isReadOnly()
        ? Answer.no("the database file is opened read-only", "open it for writing (no open_mode=1 or"
            + " readonly in the URL) and check the file's and its directory's permissions")
        : Answer.yes("SQLite has no privileges; the file is opened for writing");
  }
}
