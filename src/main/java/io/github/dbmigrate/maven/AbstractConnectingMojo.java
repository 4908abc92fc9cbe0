package io.github.dbmigrate.maven;

import io.github.dbmigrate.engine.BadSetting;
import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.RunOptions;
import io.github.dbmigrate.engine.Setting;
import io.github.dbmigrate.engine.session.Variables;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Goals that connect to a database: its URL and credentials (from settings.xml when a
 * {@code serverId} is given), the environment and the report files, each of which names the
 * environment. {@code wait} needs no more; {@link AbstractMigrationsMojo} adds the history table and
 * the migration directories.
 */
abstract class AbstractConnectingMojo extends AbstractDbMigrateMojo {

  /**
   * JDBC URL of the database, for example {@code jdbc:postgresql://localhost:5432/app} or
   * {@code jdbc:h2:file:./target/db}. When absent, the environment variable {@code DATABASE_URL} is
   * used, which may also be written as the Go tool accepts it: {@code postgres://user:pass@host:5432/db}.
   * User property: {@code dbmigrate.url}, read by the goal itself (Maven's {@code -X} would print it).
   */
  @Parameter
  String url;

  /**
   * Database user. Leave unset when the URL or {@link #serverId} supplies it. User property:
   * {@code dbmigrate.user}, read by the goal itself.
   */
  @Parameter
  String user;

  /**
   * Database password. Prefer {@link #serverId}, whose password settings.xml can keep encrypted. User
   * property: {@code dbmigrate.password}, read by the goal itself, so that Maven's {@code -X} (which
   * prints every parameter it sets, this one too when set in the POM) never shows it.
   */
  @Parameter
  String password;

  /**
   * The id of a {@code server} entry in settings.xml ({@code servers/server/id}) whose username and
   * (possibly encrypted) password are used. Do not combine with {@link #user} or {@link #password}.
   */
  @Parameter(property = "dbmigrate.serverId")
  String serverId;

  /**
   * The environment this build deploys to, such as {@code staging} or {@code production} (typically set
   * by a Maven profile). Named in every goal's report; recorded with every version {@code up} and
   * {@code mark} write; {@code down}, {@code redo} and {@code unmark} refuse to run where a protected
   * environment is named or recorded (see {@code dbmigrate.protectedEnvironments}).
   */
  @Parameter(property = "dbmigrate.environment")
  String environment;

  /**
   * Where report files are written: {@code report.json} and {@code report.md} by every goal that
   * touches a database, in a folder per run named after the goal ({@code up/report.json},
   * {@code verify/report.json}, {@code up-2/...} for a second run), {@code summary.json} and
   * {@code summary.md} listing them, {@code report.json} and {@code report.md} as the latest run's,
   * {@code status.json} by {@code status}, {@code dry-run.sql} by dry runs.
   */
  @Parameter(property = "dbmigrate.reportDir", defaultValue = "${project.build.directory}/dbmigrate")
  File reportDir;

  /** The build's settings, for the {@code server} entry named by {@link #serverId}; not for users to set. */
  @Parameter(defaultValue = "${settings}", readonly = true)
  Settings settings;

  @Inject
  SettingsDecrypter settingsDecrypter;

  @Override
  final void configureAndRun(List<String> secrets) throws MojoFailureException {
    Parameters params = parameters(secrets);
    EngineConfig config = worksWithoutDatabase() && ConfigFactory.databaseUrl(params.url(), processEnvironment) == null
        ? ConfigFactory.withoutDatabase(params, processEnvironment)
        : ConfigFactory.build(params, processEnvironment);
    config = config.withOptions(options(config.options()))
        .withOutputs(config.outputs().withOrigin(MavenReportOrigin.of(session, mojoExecution)));
    if (config.target() != null) {
      config = config.withTarget(config.target().withVariables(variables()));
      secrets.addAll(config.target().secrets());
    }
    run(config, listener(secrets));
  }

  /**
   * The goal's parameters, with the credentials of {@link #serverId} applied (their password added to
   * {@code secrets}). Goals that declare more parameters add theirs.
   */
  Parameters parameters(List<String> secrets) {
    String givenUrl = quiet(url, "dbmigrate.url");
    String givenUser = quiet(user, "dbmigrate.user");
    String givenPassword = quiet(password, "dbmigrate.password");
    secrets.add(givenPassword);
    String effectiveUser = givenUser;
    String effectivePassword = givenPassword;
    if (serverId != null && !serverId.isBlank()) {
      if (givenUser != null || givenPassword != null) {
        throw new BadSetting(Setting.SERVER_ID, "Both dbmigrate.serverId and dbmigrate."
            + (givenUser != null ? "user" : "password") + " are set. Drop dbmigrate.user and"
            + " dbmigrate.password to use the <server> '" + serverId + "' of settings.xml, or drop"
            + " dbmigrate.serverId.");
      }
      Server server = decryptedServer(serverId);
      effectiveUser = server.getUsername();
      effectivePassword = server.getPassword();
    }
    secrets.add(effectivePassword);
    return Parameters.connection(givenUrl, effectiveUser, effectivePassword, environment, reportDir);
  }

  /**
   * Whether the goal also runs when no database URL is given, on the files alone ({@code show}); it
   * then gets a configuration without a target.
   */
  boolean worksWithoutDatabase() {
    return false;
  }

  /**
   * The variables the goal's scripts read ({@code up}, {@code down}, {@code redo}); none for goals
   * that run no script.
   */
  Variables variables() {
    return Variables.NONE;
  }

  /**
   * {@code pom} (a goal's {@code <variables>}) with the user property {@code dbmigrate.variables} over
   * it, read by the goal itself: Maven cannot put a property into a map, and {@code -X} would print it.
   */
  Variables variablesOver(Map<String, String> pom) {
    return ConfigFactory.variables(pom, quiet(null, "dbmigrate.variables"));
  }

  /** The goal's own switches on top of the common ones (dry run, strict, guards). */
  RunOptions options(RunOptions common) {
    return common;
  }

  /** The goal's one engine call. */
  abstract void run(EngineConfig config, MavenLogListener listener) throws MojoFailureException;

  private Server decryptedServer(String id) {
    Server server = settings == null ? null : settings.getServer(id);
    if (server == null) {
      throw new BadSetting(Setting.SERVER_ID,
          "settings.xml has no <server> with id '" + id + "' (dbmigrate.serverId).");
    }
    SettingsDecryptionResult result = settingsDecrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
    for (SettingsProblem problem : result.getProblems()) {
      if (problem.getSeverity() == SettingsProblem.Severity.ERROR
          || problem.getSeverity() == SettingsProblem.Severity.FATAL) {
        // The decrypter's own message is a cipher exception's class name ("PlexusCipherException:
        // NegativeArraySizeException"); say instead which file's master password failed.
        getLog().debug("settings.xml <server> '" + id + "': " + problem.getMessage());
        Path security = SettingsSecurityFile.inUse();
        throw new BadSetting(Setting.SERVER_ID, "Cannot decrypt the password of server '" + id
            + "' with the settings-security file " + security + ": " + SettingsSecurityFile.trouble(security)
            + ". Encrypt the password with that file's master password (mvn --encrypt-password), or point"
            + " -D" + SettingsSecurityFile.PROPERTY + "=<path> at the file it was encrypted with.");
      }
      getLog().warn("settings.xml <server> '" + id + "': " + problem.getMessage());
    }
    return result.getServer();
  }
}
