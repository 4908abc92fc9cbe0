package io.github.dbmigrate.maven;

import io.github.dbmigrate.engine.RunOptions;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Goals that remove versions ({@code down}, {@code redo}, {@code unmark}), which refuse to run against
 * a protected environment unless told otherwise.
 */
abstract class AbstractDestructiveMojo extends AbstractChangingMojo {

  /**
   * Environments this goal refuses to run against, comma-separated, compared without case. A database
   * counts as one when its history table records such an environment for any version, or when
   * {@code dbmigrate.environment} names one.
   */
  @Parameter(property = "dbmigrate.protectedEnvironments", defaultValue = RunOptions.DEFAULT_PROTECTED)
  String protectedEnvironments;

  /** Run against a protected environment anyway. */
  @Parameter(property = "dbmigrate.allowDestructive", defaultValue = "false")
  boolean allowDestructive;

  @Override
  RunOptions options(RunOptions common) {
    return super.options(common).withGuard(ConfigFactory.names(protectedEnvironments), allowDestructive);
  }
}
