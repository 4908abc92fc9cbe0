package io.github.dbmigrate.maven;

import io.github.dbmigrate.engine.DbMigrateException;
import io.github.dbmigrate.engine.db.Secrets;
import io.github.dbmigrate.engine.report.Failure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal shares: {@code dbmigrate.skip} and the translation of engine failures into a build
 * failure without a stack trace. {@link AbstractOfflineMojo} adds the migration directories for goals
 * that never connect, {@link AbstractConnectingMojo} the database for goals that do.
 */
abstract class AbstractDbMigrateMojo extends AbstractMojo {

  /** Skip this goal; the build logs one line saying so. */
  @Parameter(property = "dbmigrate.skip", defaultValue = "false")
  boolean skip;

  /** Environment variables ({@code DATABASE_URL}, {@code GITHUB_STEP_SUMMARY}); replaceable in tests. */
  Map<String, String> processEnvironment = System.getenv();

  /** For the user properties of parameters that may hold a password; absent in tests. */
  @Inject
  MavenSession session;

  @Inject
  MojoExecution mojoExecution;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping dbmigrate:" + goal() + " because dbmigrate.skip is true.");
      return;
    }
    List<String> secrets = new ArrayList<>();
    try {
      configureAndRun(secrets);
    } catch (DbMigrateException e) {
      // The message says it all; -X adds the causes (the driver's SQLException, say) and the trace.
      Failure failure = Failure.of(e, text -> mask(text, secrets));
      if (getLog().isDebugEnabled()) {
        failure.causes().forEach(cause -> getLog().debug("Caused by: " + cause));
        getLog().debug(Failure.trace(e, text -> mask(text, secrets)));
      }
      throw new MojoFailureException(failure.message());
    } catch (RuntimeException e) {
      // A bug of ours, not the user's input: still no stack trace by default, and nothing unmasked.
      if (getLog().isDebugEnabled()) {
        getLog().debug(Failure.trace(e, text -> mask(text, secrets)));
      }
      throw new MojoExecutionException("dbmigrate:" + goal() + " failed unexpectedly: "
          + mask(String.valueOf(e), secrets) + ". Run with -X for the details, and please report it.");
    }
  }

  /** The goal's name, for messages. */
  abstract String goal();

  /**
   * Interprets the parameters and makes the goal's one engine call. Every secret resolved on the way
   * (a password, say) is added to {@code secrets} before anything is logged, so that no output shows it.
   */
  abstract void configureAndRun(List<String> secrets) throws MojoFailureException;

  /** The build log for the engine's events, with {@code secrets} masked. */
  MavenLogListener listener(List<String> secrets) {
    return new MavenLogListener(getLog(), text -> mask(text, secrets));
  }

  /** A parameter that may hold a password: as the POM sets it, else its user property, read quietly. */
  String quiet(String configured, String property) {
    return QuietProperties.read(configured, property, session, mojoExecution);
  }

  static String mask(String text, List<String> secrets) {
    return Secrets.mask(text, secrets.toArray(String[]::new));
  }
}
