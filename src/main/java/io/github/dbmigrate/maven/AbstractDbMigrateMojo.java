package io.github.dbmigrate.maven;

import io.github.dbmigrate.engine.DbMigrateException;
import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.RunOptions;
import io.github.dbmigrate.engine.db.Secrets;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * What every goal shares: the parameters, {@code dbmigrate.skip}, credentials from settings.xml, and
 * the translation of engine failures into a build failure without a stack trace.
 */
abstract class AbstractDbMigrateMojo extends AbstractMojo {

  /**
   * JDBC URL of the database, for example {@code jdbc:postgresql://localhost:5432/app} or
   * {@code jdbc:h2:file:./target/db}. When absent, the environment variable {@code DATABASE_URL} is
   * used, which may also be written as the Go tool accepts it: {@code postgres://user:pass@host:5432/db}.
   */
  @Parameter(property = "dbmigrate.url")
  String url;

  /** Database user. Leave unset when the URL or {@link #serverId} supplies it. */
  @Parameter(property = "dbmigrate.user")
  String user;

  /** Database password. Prefer {@link #serverId}, whose password settings.xml can keep encrypted. */
  @Parameter(property = "dbmigrate.password")
  String password;

  /**
   * The id of a {@code <server>} in settings.xml whose username and (possibly encrypted) password are
   * used. Do not combine with {@link #user} or {@link #password}.
   */
  @Parameter(property = "dbmigrate.serverId")
  String serverId;

  /** Name of the history table, which records every applied version. */
  @Parameter(property = "dbmigrate.table", defaultValue = EngineConfig.DEFAULT_TABLE)
  String table;

  /** Schema of the history table; by default the connection's current schema. */
  @Parameter(property = "dbmigrate.schema")
  String schema;

  /** Directory of the migration files, searched with its subfolders. Ignored when {@link #dirs} is set. */
  @Parameter(property = "dbmigrate.dir", defaultValue = "${project.basedir}/src/main/resources/db/migrations")
  File dir;

  /**
   * Several migration directories, for example one added by a profile for development data. Their
   * versions form one sequence; {@code create} writes into the first.
   */
  @Parameter
  List<File> dirs;

  /**
   * How migrations are grouped into transactions: {@code all} (one transaction for the whole run),
   * {@code per-file} (one per migration; {@code .no-db-txn.} files run in autocommit) or {@code none}
   * (autocommit throughout).
   */
  @Parameter(property = "dbmigrate.txnMode", defaultValue = "all")
  String txnMode;

  /** How long to wait for another run's lock before failing, such as {@code 30s} or {@code 5m}. */
  @Parameter(property = "dbmigrate.lockTimeout", defaultValue = "5m")
  String lockTimeout;

  /** Run without the database lock. Only for databases that have none, or a single-user setup. */
  @Parameter(property = "dbmigrate.noLock", defaultValue = "false")
  boolean noLock;

  /** Skip this goal; the build logs one line saying so. */
  @Parameter(property = "dbmigrate.skip", defaultValue = "false")
  boolean skip;

  /**
   * The environment this build deploys to, such as {@code staging} or {@code production} (typically set
   * by a Maven profile). Recorded with every version this run writes; {@code down}, {@code redo} and
   * {@code unmark} refuse to run where a protected environment is recorded (see
   * {@code dbmigrate.protectedEnvironments}).
   */
  @Parameter(property = "dbmigrate.environment")
  String environment;

  /**
   * Where report files are written: {@code report.json} and {@code report.md} by every goal that
   * touches a database, {@code status.json} by {@code status}, {@code dry-run.sql} by dry runs.
   */
  @Parameter(property = "dbmigrate.reportDir", defaultValue = "${project.build.directory}/dbmigrate")
  File reportDir;

  /** The build's settings, for the {@code <server>} named by {@link #serverId}; not for users to set. */
  @Parameter(defaultValue = "${settings}", readonly = true)
  Settings settings;

  @Inject
  SettingsDecrypter settingsDecrypter;

  /** Environment variables ({@code DATABASE_URL}, {@code GITHUB_STEP_SUMMARY}); replaceable in tests. */
  Map<String, String> processEnvironment = System.getenv();

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping dbmigrate:" + goal() + " because dbmigrate.skip is true.");
      return;
    }
    List<String> secrets = new ArrayList<>();
    try {
      EngineConfig config = ConfigFactory.build(parameters(secrets), processEnvironment, needsDatabase());
      config = config.withOptions(options(config.options()));
      if (config.target() != null) {
        secrets.addAll(config.target().secrets());
      }
      run(config, new MavenLogListener(getLog(), text -> mask(text, secrets)));
    } catch (DbMigrateException e) {
      if (getLog().isDebugEnabled()) {
        getLog().debug(mask(String.valueOf(e.getCause()), secrets));
      }
      throw new MojoFailureException(mask(e.getMessage(), secrets));
    } catch (RuntimeException e) {
      // A bug of ours, not the user's input: still no stack trace by default, and nothing unmasked.
      if (getLog().isDebugEnabled()) {
        java.io.StringWriter trace = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(trace));
        getLog().debug(mask(trace.toString(), secrets));
      }
      throw new MojoExecutionException("dbmigrate:" + goal() + " failed unexpectedly: "
          + mask(String.valueOf(e), secrets) + ". Run with -X for the details, and please report it.");
    }
  }

  /** The goal's name, for messages. */
  abstract String goal();

  /** Whether the goal connects to a database. */
  boolean needsDatabase() {
    return true;
  }

  /** The goal's own switches on top of the common ones (dry run, strict, guards). */
  RunOptions options(RunOptions common) {
    return common;
  }

  /** The goal's one engine call. */
  abstract void run(EngineConfig config, MavenLogListener listener) throws MojoFailureException;

  private Parameters parameters(List<String> secrets) {
    String effectiveUser = user;
    String effectivePassword = password;
    if (serverId != null && !serverId.isBlank()) {
      if (user != null || password != null) {
        throw new DbMigrateException("Both dbmigrate.serverId and dbmigrate."
            + (user != null ? "user" : "password") + " are set. Drop dbmigrate.user and"
            + " dbmigrate.password to use the <server> '" + serverId + "' of settings.xml, or drop"
            + " dbmigrate.serverId.");
      }
      Server server = decryptedServer(serverId);
      effectiveUser = server.getUsername();
      effectivePassword = server.getPassword();
    }
    secrets.add(effectivePassword);
    return new Parameters(url, effectiveUser, effectivePassword, table, schema, dir, dirs, txnMode,
        lockTimeout, noLock, reportDir, environment);
  }

  private Server decryptedServer(String id) {
    Server server = settings == null ? null : settings.getServer(id);
    if (server == null) {
      throw new DbMigrateException("settings.xml has no <server> with id '" + id + "' (dbmigrate.serverId).");
    }
    SettingsDecryptionResult result = settingsDecrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
    for (SettingsProblem problem : result.getProblems()) {
      if (problem.getSeverity() == SettingsProblem.Severity.ERROR
          || problem.getSeverity() == SettingsProblem.Severity.FATAL) {
        throw new DbMigrateException("Cannot decrypt the password of <server> '" + id
            + "' in settings.xml: " + problem.getMessage()
            + ". Check ~/.m2/settings-security.xml and the encrypted value.");
      }
      getLog().warn("settings.xml <server> '" + id + "': " + problem.getMessage());
    }
    return result.getServer();
  }

  static String mask(String text, List<String> secrets) {
    return Secrets.mask(text, secrets.toArray(String[]::new));
  }
}
