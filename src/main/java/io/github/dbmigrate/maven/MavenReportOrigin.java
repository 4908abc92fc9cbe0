package io.github.dbmigrate.maven;

import io.github.dbmigrate.engine.ReportOrigin;
import java.util.Date;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;

/**
 * What the reports say wrote them: this plugin's version (from its descriptor), the build (the
 * session's start, shared by every goal and module of one {@code mvn} command) and the execution id
 * ({@code default-cli} on the command line, the POM's {@code <id>} otherwise).
 */
final class MavenReportOrigin {

  static final String TOOL = "dbmigrate-maven-plugin";

  private MavenReportOrigin() {}

  /** Either may be {@code null} (a goal built by a test): the engine's defaults stand in. */
  static ReportOrigin of(MavenSession session, MojoExecution execution) {
    String version = execution == null || execution.getMojoDescriptor() == null
        || execution.getMojoDescriptor().getPluginDescriptor() == null ? null
        : execution.getMojoDescriptor().getPluginDescriptor().getVersion();
    Date started = session == null || session.getRequest() == null ? null : session.getRequest().getStartTime();
    return new ReportOrigin(TOOL, version, started == null ? null : started.toInstant().toString(),
        execution == null ? null : execution.getExecutionId());
  }
}
