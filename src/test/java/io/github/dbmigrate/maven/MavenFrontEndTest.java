package io.github.dbmigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.Goal;
import io.github.dbmigrate.engine.Setting;
import io.github.dbmigrate.engine.dialect.Dialects;
import io.github.dbmigrate.engine.dialect.TableName;
import io.github.dbmigrate.engine.validate.ScriptRules;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The engine's symbolic settings and goals, in the words Maven users type. */
class MavenFrontEndTest {

  final FrontEnd maven = MavenFrontEnd.INSTANCE;

  @Test
  void settingsAreUserPropertiesAndGoalsArePrefixed() {
    assertThat(maven.setting(Setting.TXN_MODE)).isEqualTo("dbmigrate.txnMode");
    assertThat(maven.setting(Setting.STRICT, "true")).isEqualTo("dbmigrate.strict=true");
    assertThat(maven.option(Setting.TXN_MODE, "per-file")).isEqualTo("-Ddbmigrate.txnMode=per-file");
    assertThat(maven.option(Setting.MESSAGE, "\"add users table\"")).isEqualTo("-Dmessage=\"add users table\"");
    assertThat(maven.setting(Setting.DIRS)).isEqualTo("<dirs>");
    assertThat(maven.goal(Goal.UNMARK)).isEqualTo("dbmigrate:unmark");
    assertThat(maven.command(Goal.STATUS)).isEqualTo("mvn dbmigrate:status");
    assertThat(maven.command(Goal.CREATE, Setting.MESSAGE, "...")).isEqualTo("mvn dbmigrate:create -Dmessage=...");
    assertThat(maven.clientName()).isEqualTo("dbmigrate-maven-plugin");
  }

  @Test
  void thePlainWordsSayNothingOfMaven() {
    for (Setting setting : Setting.values()) {
      assertThat(FrontEnd.PLAIN.option(setting, "x")).doesNotContain("-D", "dbmigrate.");
    }
    for (Goal goal : Goal.values()) {
      assertThat(FrontEnd.PLAIN.command(goal)).doesNotContain("mvn", "dbmigrate:");
      assertThat(Goal.of(goal.id())).isEqualTo(goal);
    }
    assertThat(FrontEnd.PLAIN.clientName() + FrontEnd.PLAIN.credentialSources() + FrontEnd.PLAIN.driverAdvice())
        .doesNotContain("maven", "POM", "settings.xml");
  }

  @Test
  void tableAndDialectRefusalsAndTheSessionNameComeInTheFrontEndsWords() {
    assertThatThrownBy(() -> TableName.of(null, " ", maven)).hasMessage("dbmigrate.table must not be empty.");
    assertThatThrownBy(() -> TableName.of(null, " ", FrontEnd.PLAIN)).hasMessage("table must not be empty.");
    assertThatThrownBy(() -> TableName.of("x".repeat(129), "t", maven))
        .hasMessageContaining("(dbmigrate.table or dbmigrate.schema) is not usable");
    assertThatThrownBy(() -> ScriptRules.choose("db2", null, FrontEnd.PLAIN))
        .hasMessageStartingWith("Unknown dialect 'db2'.");
    Properties session = new Properties();
    Dialects.forUrl("jdbc:postgresql://db/app").session()
        .addConnectionDefaults(session, "my-tool");
    assertThat(session.getProperty("ApplicationName")).isEqualTo("my-tool");
  }
}
