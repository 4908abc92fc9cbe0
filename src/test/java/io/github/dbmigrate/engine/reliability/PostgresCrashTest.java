package io.github.dbmigrate.engine.reliability;

import io.github.dbmigrate.engine.testing.NeedsDatabaseServer;
import io.github.dbmigrate.engine.testing.Slow;
import io.github.dbmigrate.engine.testing.TestDatabase;

/** Killed deploys on PostgreSQL, whose DDL is transactional. */
@NeedsDatabaseServer
@Slow
class PostgresCrashTest extends CrashTest {

  private static final String SESSIONS = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND ";

  @Override
  TestDatabase createDatabase() {
    return TestDatabase.postgres();
  }

  @Override
  String sleep(double seconds) {
    return "SELECT pg_sleep(" + seconds + ");";
  }

  @Override
  boolean connected(TestDatabase db) {
    return any(db, SESSIONS + "application_name = 'dbmigrate-maven-plugin (up)'");
  }

  @Override
  boolean sleeping(TestDatabase db) {
    return any(db, SESSIONS + "query LIKE 'SELECT pg_sleep(" + LONG_SLEEP + ")%'");
  }

  @Override
  boolean transactionalDdl() {
    return true;
  }
}
