package io.github.dbmigrate.maven;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.run.Limit;
import io.github.dbmigrate.engine.run.Migrator;
import io.github.dbmigrate.engine.session.Variables;
import java.util.Map;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Rolls back the newest applied versions by running their down scripts, newest first, under the
 * database lock: the newest one, {@code dbmigrate.steps} of them, every one newer than
 * {@code dbmigrate.to}, or all of them with {@code dbmigrate.to=base}. Refused on a protected
 * environment (see {@code dbmigrate.protectedEnvironments}).
 */
@Mojo(name = "down", threadSafe = true)
public class DownMojo extends AbstractDestructiveMojo {

  /**
   * How many of the newest applied versions to roll back; 1 when neither this nor {@link #to} is given.
   * More than are applied rolls back all of them, saying so (the Go tool's {@code -down 999}). Not
   * together with {@link #to}.
   */
  @Parameter(property = "dbmigrate.steps")
  Integer steps;

  /**
   * Roll back every applied version newer than this one, which stays applied (Alembic's
   * {@code downgrade} to a revision, Rails' {@code db:migrate VERSION=} going down); {@code base} or
   * {@code 0} rolls back every applied version. Not together with {@link #steps}.
   */
  @Parameter(property = "dbmigrate.to")
  String to;

  /**
   * Values set on the migrating session before each script, which scripts read with the database's
   * own session mechanism ({@code NAME} standing for the variable's name): PostgreSQL
   * {@code current_setting('dbmigrate.NAME', true)}, MySQL/MariaDB and H2 {@code @dbmigrate_NAME},
   * SQL Server {@code SESSION_CONTEXT(N'dbmigrate.NAME')}, Oracle
   * {@code SYS_CONTEXT('CLIENTCONTEXT', 'NAME')}, SQLite {@code (SELECT value FROM
   * temp.dbmigrate_variables WHERE name = 'NAME')}; a name not given reads as NULL. Names: a
   * lower-case letter, then up to 29 lower-case letters, digits or underscores. Values are bound as
   * parameters, never pasted into SQL. User property {@code dbmigrate.variables}
   * ({@code name=value,name=value}, read by the goal itself), whose entries replace the POM's of the
   * same name. Shown in the log and report, except values of names containing {@code password},
   * {@code secret} or {@code token}.
   */
  @Parameter
  Map<String, String> variables;

  /**
   * How migrations are grouped into transactions: {@code all} (one transaction for the whole run),
   * {@code per-file} (one per migration; {@code .no-db-txn.} files run in autocommit) or {@code none}
   * (autocommit throughout). Default: {@code all} where a rollback also undoes DDL (PostgreSQL, SQL
   * Server, SQLite), {@code per-file} where DDL commits implicitly (MySQL/MariaDB, Oracle, H2); the
   * run logs which one it uses.
   */
  @Parameter(property = "dbmigrate.txnMode")
  String txnMode;

  @Override
  String txnMode() {
    return txnMode;
  }

  @Override
  Variables variables() {
    return variablesOver(variables);
  }

  @Override
  String goal() {
    return "down";
  }

  @Override
  void run(EngineConfig config, MavenLogListener listener) {
    new Migrator(config, listener).down(new Limit(steps, to));
  }
}
