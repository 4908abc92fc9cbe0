package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.testing.TestDatabase;

/** The scenario on embedded H2, whose DDL commits implicitly. */
class H2EngineTest extends EngineScenarioTest {

  @Override
  TestDatabase createDatabase() {
    TestDatabase h2 = TestDatabase.h2();
    h2.execute("CREATE ALIAS IF NOT EXISTS SLEEP_MS FOR 'java.lang.Thread.sleep'");
    return h2;
  }

  /** The CREATE TABLE committed itself; the inserts were rolled back. */
  @Override
  int itemsAfterFailedAllMode() {
    return 0;
  }

  @Override
  String sleepStatement(int millis) {
    return "CALL SLEEP_MS(" + millis + ");";
  }

  @Override
  String noSuchTableSpelling() {
    return "NO_SUCH_TABLE";
  }
}
