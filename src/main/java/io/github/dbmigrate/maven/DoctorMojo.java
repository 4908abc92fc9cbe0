package io.github.dbmigrate.maven;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.doctor.Doctor;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks everything a real run needs and prints a checklist, each line passed or failed with the fix:
 * the URL and driver, the server and its version, the user, schema and history table the run will
 * use, the privileges to create tables and write the history, the lock (free, or who holds it), the
 * history table's shape, the migration files and, on PostgreSQL with {@code txnMode=all}, whether the
 * pending migrations fit in one transaction's lock table. Fails the build when a check fails. Changes
 * nothing. Also writes {@code target/dbmigrate/doctor.json}.
 */
@Mojo(name = "doctor", threadSafe = true)
public class DoctorMojo extends AbstractMigrationsMojo {

  /**
   * The transaction mode the runs to check will use, as {@code up} takes it (by default the
   * database's: {@code all} on PostgreSQL): with {@code all} on PostgreSQL, doctor estimates whether
   * the pending migrations fit in one transaction's lock table.
   */
  @Parameter(property = "dbmigrate.txnMode")
  String txnMode;

  /** Whether the runs to check go without the database lock, as {@code up} takes it. */
  @Parameter(property = "dbmigrate.noLock", defaultValue = "false")
  boolean noLock;

  @Override
  String goal() {
    return "doctor";
  }

  @Override
  Parameters parameters(List<String> secrets) {
    return super.parameters(secrets).withChanges(txnMode, null, noLock);
  }

  @Override
  void run(EngineConfig config, MavenLogListener listener) {
    new Doctor(config, listener).check();
  }
}
