package io.github.dbmigrate.maven;

import io.github.dbmigrate.engine.BadSetting;
import io.github.dbmigrate.engine.Setting;
import io.github.dbmigrate.maven.MigrationLocations.Classpath;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Resource;
import org.apache.maven.project.DefaultDependencyResolutionRequest;
import org.apache.maven.project.DependencyResolutionException;
import org.apache.maven.project.DependencyResolutionRequest;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectDependenciesResolver;
import org.eclipse.aether.graph.Dependency;

/**
 * The project's runtime classpath for {@code classpath:} locations. The goals do not ask Maven to
 * resolve dependencies up front ({@code validate} runs at the first phase, before a sibling module's
 * jar exists, and most builds give no {@code classpath:} location): they resolve them here, only when
 * one is given, through the session, so that a module of the same reactor is found as built in it.
 */
final class ProjectClasspath {

  private static final Set<String> RUNTIME_SCOPES = Set.of("compile", "runtime", "system");

  private ProjectClasspath() {}

  static Classpath of(MavenProject project, MavenSession session, ProjectDependenciesResolver resolver) {
    if (project == null) {
      return MigrationLocations.Classpath.NONE;
    }
    List<Path> resources = new ArrayList<>();
    for (Resource resource : project.getBuild().getResources()) {
      if (resource.getTargetPath() == null && resource.getDirectory() != null) {
        resources.add(Path.of(resource.getDirectory()));
      }
    }
    String output = project.getBuild().getOutputDirectory();
    return new Classpath(resources, output == null ? null : Path.of(output),
        () -> dependencies(project, session, resolver));
  }

  private static List<Path> dependencies(MavenProject project, MavenSession session,
      ProjectDependenciesResolver resolver) {
    if (session == null || resolver == null) {
      return List.of();
    }
    DependencyResolutionRequest request = new DefaultDependencyResolutionRequest(project,
        session.getRepositorySession()).setResolutionFilter((node, parents) ->
        node.getDependency() == null || RUNTIME_SCOPES.contains(node.getDependency().getScope()));
    List<Path> files = new ArrayList<>();
    try {
      for (Dependency dependency : resolver.resolve(request).getDependencies()) {
        File file = dependency.getArtifact().getFile();
        if (file != null && RUNTIME_SCOPES.contains(dependency.getScope())) {
          files.add(file.toPath());
        }
      }
    } catch (DependencyResolutionException e) {
      throw new BadSetting(Setting.DIR, "Cannot resolve the dependencies of " + project.getId()
          + " to find the classpath: migration locations in them: " + e.getMessage()
          + ". Build the module that holds the migrations first (mvn install, or run the goal in the same"
          + " build after package).", e);
    }
    return files;
  }
}
