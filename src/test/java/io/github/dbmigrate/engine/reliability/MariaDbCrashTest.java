package io.github.dbmigrate.engine.reliability;

import io.github.dbmigrate.engine.testing.NeedsDatabaseServer;
import io.github.dbmigrate.engine.testing.Slow;
import io.github.dbmigrate.engine.testing.TestDatabase;

/** Killed deploys on MariaDB, whose DDL commits implicitly. */
@NeedsDatabaseServer
@Slow
class MariaDbCrashTest extends CrashTest {

  private static final String SESSIONS = "SELECT count(*) FROM information_schema.PROCESSLIST"
      + " WHERE db = DATABASE() AND id <> CONNECTION_ID() AND ";

  @Override
  TestDatabase createDatabase() {
    return TestDatabase.mariadb();
  }

  @Override
  String sleep(double seconds) {
    return "DO SLEEP(" + seconds + ");";
  }

  @Override
  boolean connected(TestDatabase db) {
    return any(db, SESSIONS + "1 = 1");
  }

  @Override
  boolean sleeping(TestDatabase db) {
    return any(db, SESSIONS + "info LIKE 'DO SLEEP(" + LONG_SLEEP + ")%'");
  }

  @Override
  boolean transactionalDdl() {
    return false;
  }
}
