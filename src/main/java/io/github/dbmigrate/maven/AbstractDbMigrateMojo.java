package io.github.dbmigrate.maven;

import io.github.dbmigrate.engine.DbMigrateException;
import io.github.dbmigrate.engine.db.Secrets;
import io.github.dbmigrate.engine.report.Failure;
import io.github.dbmigrate.maven.CommandLineProperties.Declared;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Consumer;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.PluginParameterExpressionEvaluator;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectDependenciesResolver;

/**
 * What every goal shares: the command line winning over the POM, {@code dbmigrate.skip} and the translation of engine failures into a build
 * failure without a stack trace. {@link AbstractOfflineMojo} adds the migration directories for goals
 * that never connect, {@link AbstractConnectingMojo} the database for goals that do.
 */
abstract class AbstractDbMigrateMojo extends AbstractMojo {

  /** Skip this goal; the build logs one line saying so. */
  @Parameter(property = "dbmigrate.skip", defaultValue = "false")
  boolean skip;

  /** Environment variables ({@code DATABASE_URL}, {@code GITHUB_STEP_SUMMARY}); replaceable in tests. */
  Map<String, String> processEnvironment = System.getenv();

  /**
   * Where GitHub workflow annotations are printed: standard output, where the runner reads a command
   * only at the start of a line (not after the log's {@code [ERROR]}); replaceable in tests.
   */
  Consumer<String> annotationOutput = System.out::println;

  /** Where Maven runs: the base directory outside any project; replaceable in tests. */
  Path workingDirectory = Path.of("").toAbsolutePath();

  /** For the command line's properties, which win over the POM; absent in tests. */
  @Inject
  MavenSession session;

  @Inject
  MojoExecution mojoExecution;

  @Inject
  ProjectDependenciesResolver dependenciesResolver;

  /** The jars opened to read migrations from, closed when the goal ends. */
  final MigrationLocations.Closer closer = new MigrationLocations.Closer();

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    commandLineOverPom();
    if (skip) {
      getLog().info("Skipping dbmigrate:" + goal() + " because dbmigrate.skip is true.");
      return;
    }
    String nothingToDo = nothingToDo();
    if (nothingToDo != null) {
      getLog().info("Skipping dbmigrate:" + goal() + " for " + projectName() + ": " + nothingToDo);
      return;
    }
    List<String> secrets = new ArrayList<>();
    try (MigrationLocations.Closer atEnd = closer) {
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

  /**
   * Lays the command line's {@code -Ddbmigrate.*} over the POM for every parameter (see
   * {@link CommandLineProperties}) and warns of those no goal knows.
   */
  private void commandLineOverPom() throws MojoFailureException {
    if (session == null || mojoExecution == null) {
      return; // a unit test that set the parameters itself
    }
    Properties commandLine = session.getUserProperties();
    PluginParameterExpressionEvaluator evaluator = new PluginParameterExpressionEvaluator(session, mojoExecution);
    CommandLineProperties.apply(this, Declared.of(mojoExecution.getMojoDescriptor()), commandLine,
        evaluator::alignToBaseDirectory);
    List<String> properties = new ArrayList<>();
    for (MojoDescriptor goal : mojoExecution.getMojoDescriptor().getPluginDescriptor().getMojos()) {
      Declared.of(goal).forEach(parameter -> properties.add(parameter.property()));
    }
    if (WARNED.add(session.getRequest())) { // once per build, not once per goal and module
      UnknownProperties.warnings(commandLine, UnknownProperties.known(properties)).forEach(getLog()::warn);
    }
  }

  /** The builds (one request each, also in a daemon that runs many) already warned of unknown properties. */
  private static final Set<Object> WARNED = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

  /** The goal's name, for messages. */
  abstract String goal();

  /**
   * Interprets the parameters and makes the goal's one engine call. Every secret resolved on the way
   * (a password, say) is added to {@code secrets} before anything is logged, so that no output shows it.
   */
  abstract void configureAndRun(List<String> secrets) throws MojoFailureException;

  /** The build log for the engine's events, with {@code secrets} masked. */
  MavenLogListener listener(List<String> secrets) {
    boolean github = "true".equalsIgnoreCase(processEnvironment.get("GITHUB_ACTIONS"));
    String workspace = processEnvironment.get("GITHUB_WORKSPACE");
    return new MavenLogListener(getLog(), text -> mask(text, secrets), github ? annotationOutput : null,
        workspace == null || workspace.isBlank() ? baseDir() : Path.of(workspace));
  }

  /**
   * A parameter that may hold a password: as the command line or the POM sets it, else its property as
   * Maven would read it (system and POM properties), read quietly.
   */
  String quiet(String configured, String property) {
    return QuietProperties.read(configured, property, session, mojoExecution);
  }

  /**
   * The migration folders for {@code dir} and {@code dirs} (which wins when given): directories
   * relative to the project, {@code classpath:} locations found on its runtime classpath.
   */
  List<Path> migrationFolders(String dir, List<String> dirs) {
    List<MigrationLocations.Location> given = MigrationLocations.parse(dir, dirs);
    checkLocations(given);
    return closer.keep(MigrationLocations.open(given, baseDir(),
        ProjectClasspath.of(project(), session, dependenciesResolver))).folders();
  }

  /**
   * Why this project gives the goal nothing to do, so that it is skipped with one line (a module of a
   * reactor without migrations, say), or {@code null}.
   */
  String nothingToDo() {
    return null;
  }

  /** The project's base directory; outside any project, the current directory. */
  Path baseDir() {
    MavenProject project = project();
    return project != null && project.getBasedir() != null ? project.getBasedir().toPath()
        : workingDirectory;
  }

  private MavenProject project() {
    return session == null ? null : session.getCurrentProject();
  }

  private String projectName() {
    MavenProject project = project();
    return project == null ? "this project" : project.getArtifactId();
  }

  /** A goal that writes files refuses the locations it cannot write into. */
  void checkLocations(List<MigrationLocations.Location> given) {}

  static String mask(String text, List<String> secrets) {
    return Secrets.mask(text, secrets.toArray(String[]::new));
  }
}
