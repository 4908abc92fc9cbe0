package io.github.dbmigrate.maven;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.validate.ScriptRules;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Goals that check the files with one database's rules without connecting ({@code validate},
 * {@code lint}), run the lint of unsafe schema changes and write a report of what they found.
 */
abstract class AbstractFileCheckMojo extends AbstractOfflineMojo {

  /**
   * JDBC URL of the database whose rules to check the scripts with when {@link #dialect} is not set;
   * never connected to. When absent, the environment variable {@code DATABASE_URL} is used, which may
   * also be written as the Go tool accepts it: {@code postgres://user:pass@host:5432/db}. User
   * property: {@code dbmigrate.url}, read by the goal itself (Maven's {@code -X} would print it, and a
   * URL may hold a password).
   */
  @Parameter
  String url;

  /**
   * Whose rules to check scripts with (how its client splits them, and its lint): {@code postgresql},
   * {@code h2}, {@code oracle}, {@code sqlserver}, {@code mysql}, {@code mariadb} or {@code sqlite}. By
   * default the database of {@code dbmigrate.url} (or {@code DATABASE_URL}), which is never connected
   * to, else PostgreSQL.
   */
  @Parameter(property = "dbmigrate.dialect")
  String dialect;

  /**
   * How the lint of unsafe schema changes counts: {@code error} fails the goal on a finding at level
   * error (each rule has its level, see {@link #lintRules}), {@code warn} reports every finding as a
   * warning, {@code off} skips the lint.
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

  /**
   * Where the report files are written: {@code report.json} and {@code report.md} in a folder per run
   * named after the goal, listed in {@code summary.json} and {@code summary.md}.
   */
  @Parameter(property = "dbmigrate.reportDir", defaultValue = "${project.build.directory}/dbmigrate")
  File reportDir;

  @Override
  final void run(List<Path> directories, MavenLogListener listener) {
    String databaseUrl = ConfigFactory.databaseUrl(quiet(url, "dbmigrate.url"), processEnvironment);
    ScriptRules.Chosen rules = ScriptRules.choose(dialect, databaseUrl, MavenFrontEnd.INSTANCE);
    EngineConfig config = ConfigFactory.offline(directories, reportDir,
        ConfigFactory.lint(lint, lintRules, quiet(null, ConfigFactory.PROPERTY_LINT_RULES), lintFrom), processEnvironment);
    check(config.withOutputs(config.outputs().withListener(listener)
        .withOrigin(MavenReportOrigin.of(session, mojoExecution))), rules);
  }

  /** The goal's one engine call. */
  abstract void check(EngineConfig config, ScriptRules.Chosen rules);
}
