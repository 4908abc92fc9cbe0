package io.github.dbmigrate.maven;

import io.github.dbmigrate.engine.Durations;
import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.Setting;
import io.github.dbmigrate.engine.db.ServerWait;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Waits until the database server accepts connections, for pipelines that start a database and
 * migrate at once. A server that answers but lacks the database counts as up (see
 * {@code dbmigrate.createDatabase} on {@code up}); refused credentials fail at once.
 */
@Mojo(name = "wait", threadSafe = true, requiresProject = false)
public class WaitMojo extends AbstractConnectingMojo {

  /** How long to wait for the server, such as {@code 30s} or {@code 2m}. */
  @Parameter(property = "dbmigrate.waitTimeout", defaultValue = "60s")
  String waitTimeout;

  @Override
  String goal() {
    return "wait";
  }

  @Override
  void run(EngineConfig config, MavenLogListener listener) {
    ServerWait.await(config, Durations.parse(waitTimeout, Setting.WAIT_TIMEOUT, config.frontEnd()), listener);
  }
}
