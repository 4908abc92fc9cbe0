package io.github.dbmigrate.maven;

import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.Goal;
import io.github.dbmigrate.engine.Setting;

/**
 * The engine's messages in Maven's words: settings are user properties {@code -Ddbmigrate.<key>}
 * (the goal {@code create} reads {@code -Dmessage}), goals are {@code dbmigrate:<goal>}.
 */
public final class MavenFrontEnd implements FrontEnd {

  public static final MavenFrontEnd INSTANCE = new MavenFrontEnd();

  private MavenFrontEnd() {}

  @Override
  public String setting(Setting setting) {
    return switch (setting) {
      case DIRS -> "<dirs>"; // a list, given in the POM only
      case LINT_RULES -> "<lintRules>"; // a map, given in the POM only
      case MESSAGE -> "message";
      default -> "dbmigrate." + setting.key();
    };
  }

  @Override
  public String setting(Setting setting, String value) {
    return setting(setting) + "=" + value;
  }

  @Override
  public String option(Setting setting, String value) {
    return "-D" + setting(setting, value);
  }

  @Override
  public String goal(Goal goal) {
    return "dbmigrate:" + goal.id();
  }

  @Override
  public String command(Goal goal) {
    return "mvn " + goal(goal);
  }

  @Override
  public String command(Goal goal, Setting setting, String value) {
    return command(goal) + " " + option(setting, value);
  }

  @Override
  public String clientName() {
    return "dbmigrate-maven-plugin";
  }

  @Override
  public String credentialSources() {
    return "dbmigrate.user and dbmigrate.password, or the <server> named by dbmigrate.serverId in settings.xml";
  }

  @Override
  public String driverAdvice() {
    return "add the driver as a <dependency> of the plugin in your POM";
  }
}
