package io.github.dbmigrate.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.PluginParameterExpressionEvaluator;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluationException;

/**
 * Reads a user property ({@code -Ddbmigrate.password=...}) as Maven would fill a parameter declared with
 * that property, but not through Maven's configurator, which prints every value it sets at {@code -X}:
 * for the parameters that may hold a password (URL, user, password).
 */
final class QuietProperties {

  private QuietProperties() {}

  /**
   * {@code configured} when the command line or the POM sets it (see {@link CommandLineProperties}),
   * else the property (system, then POM properties).
   */
  static String read(String configured, String property, MavenSession session, MojoExecution execution) {
    if (configured != null || session == null) {
      return configured;
    }
    try {
      Object value = new PluginParameterExpressionEvaluator(session, execution).evaluate("${" + property + "}");
      return value == null ? null : String.valueOf(value);
    } catch (ExpressionEvaluationException e) {
      return null;
    }
  }
}
