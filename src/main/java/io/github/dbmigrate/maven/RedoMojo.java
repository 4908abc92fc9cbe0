package io.github.dbmigrate.maven;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.RunOptions;
import io.github.dbmigrate.engine.run.Redo;
import io.github.dbmigrate.engine.session.Variables;
import java.util.Map;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Rolls back the newest applied versions and applies them again, to test a down script. In
 * {@code dbmigrate.txnMode=all} the whole redo is one transaction. Refused on a protected environment.
 */
@Mojo(name = "redo", threadSafe = true)
public class RedoMojo extends AbstractDestructiveMojo {

  /** How many of the newest applied versions to roll back and re-apply. */
  @Parameter(property = "dbmigrate.steps", defaultValue = "1")
  int steps;

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
   * run logs which one it uses. In {@code all} the whole redo, down and up again, is one transaction.
   */
  @Parameter(property = "dbmigrate.txnMode")
  String txnMode;

  @Override
  String txnMode() {
    return txnMode;
  }

  /**
   * How the lint of unsafe schema changes counts for the migrations this run would apply, checked
   * before anything runs: {@code error} refuses the run on a finding at level error (each rule has its
   * level, see {@link #lintRules}), {@code warn} reports every finding as a warning and runs them,
   * {@code off} skips the lint.
   */
  @Parameter(property = "dbmigrate.lint", defaultValue = "error")
  String lint;

  /**
   * Levels of single lint rules, by rule id, each {@code error}, {@code warn} or {@code off}: for
   * example {@code dml-without-where} set to {@code error}. An unknown rule id is refused. User
   * property {@code dbmigrate.lintRules} ({@code id=level,id=level}, read by the goal itself), whose
   * entries replace the POM's of the same rule.
   */
  @Parameter
  Map<String, String> lintRules;

  /**
   * Lint only the migrations of this version and newer; the older ones only teach the lint the
   * schema (a project with a long history adopting the lint sets this to its next version).
   */
  @Parameter(property = "dbmigrate.lintFrom")
  String lintFrom;

  @Override
  Variables variables() {
    return variablesOver(variables);
  }

  @Override
  String goal() {
    return "redo";
  }

  @Override
  RunOptions options(RunOptions common) {
    return super.options(common).withLint(ConfigFactory.lint(lint, lintRules, quiet(null, ConfigFactory.PROPERTY_LINT_RULES), lintFrom));
  }

  @Override
  void run(EngineConfig config, MavenLogListener listener) {
    new Redo(config, listener).run(steps);
  }
}
