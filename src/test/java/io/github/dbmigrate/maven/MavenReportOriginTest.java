package io.github.dbmigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dbmigrate.engine.ReportOrigin;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.junit.jupiter.api.Test;

class MavenReportOriginTest {

  @Test
  void theReportsNameThePluginsVersionFromItsDescriptorAndTheExecutionId() {
    PluginDescriptor plugin = new PluginDescriptor();
    plugin.setVersion("1.4.2");
    MojoDescriptor mojo = new MojoDescriptor();
    mojo.setPluginDescriptor(plugin);
    MojoExecution execution = new MojoExecution(mojo, "migrate-before-its");

    ReportOrigin origin = MavenReportOrigin.of(null, execution);

    assertThat(origin.tool()).isEqualTo("dbmigrate-maven-plugin");
    assertThat(origin.toolVersion()).isEqualTo("1.4.2");
    assertThat(origin.execution()).isEqualTo("migrate-before-its");
    assertThat(origin.build()).isEqualTo(ReportOrigin.processStart());
  }

  @Test
  void aGoalBuiltWithoutMavenAroundItStillGetsAnOrigin() {
    assertThat(MavenReportOrigin.of(null, null)).isEqualTo(
        new ReportOrigin("dbmigrate-maven-plugin", null, ReportOrigin.processStart(), null));
  }
}
