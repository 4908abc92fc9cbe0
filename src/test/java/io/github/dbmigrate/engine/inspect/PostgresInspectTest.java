package io.github.dbmigrate.engine.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dbmigrate.engine.sql.SqlStatement;
import io.github.dbmigrate.engine.testing.NeedsDatabaseServer;
import io.github.dbmigrate.engine.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** {@code history} and {@code show} on a real PostgreSQL server. */
@NeedsDatabaseServer
class PostgresInspectTest extends InspectScenarioTest {

  @Override
  TestDatabase createDatabase() {
    return TestDatabase.postgres();
  }

  @Test
  void showSplitsAsUpWouldOnThisDatabaseWhereStandardConformingStringsIsOff() throws Exception {
    db.execute("ALTER DATABASE " + db.column("SELECT current_database()").get(0)
        + " SET standard_conforming_strings = off");
    write(V1 + "_quotes.up.sql", "CREATE TABLE quotes (v text);\nINSERT INTO quotes VALUES ('it\\'s; here');\n");

    VersionDetails connected = new Show(config()).show(V1, null);

    assertThat(connected.up().statements()).extracting(SqlStatement::line).containsExactly(1, 2);
    assertThat(connected.up().problems()).isEmpty();
    // without the database, psql's default reading: the backslash ends nothing and the string never closes
    assertThat(new Show(config().withTarget(null)).show(V1, null).up().problems()).isNotEmpty();
  }
}
