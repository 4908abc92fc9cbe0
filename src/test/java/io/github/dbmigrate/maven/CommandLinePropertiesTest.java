package io.github.dbmigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.maven.CommandLineProperties.Declared;
import java.io.File;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptorBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The command line's {@code -Ddbmigrate.*} wins over what the POM configured, for every parameter,
 * on the plugin descriptor {@code maven-plugin-plugin} generated (as Maven reads it).
 */
class CommandLinePropertiesTest {

  private static final File BASEDIR = new File("/project");
  private static PluginDescriptor plugin;

  @BeforeAll
  static void readTheGeneratedDescriptor() throws Exception {
    try (Reader in = new InputStreamReader(CommandLinePropertiesTest.class.getClassLoader()
        .getResourceAsStream("META-INF/maven/plugin.xml"), StandardCharsets.UTF_8)) {
      plugin = new PluginDescriptorBuilder().build(in);
    }
  }

  @Test
  void theCommandLineWinsOverThePomForEveryKindOfParameter() throws Exception {
    UpMojo up = asThePomConfiguresIt();
    Properties commandLine = new Properties();
    commandLine.setProperty("dbmigrate.url", "jdbc:h2:file:./b");
    commandLine.setProperty("dbmigrate.password", "from-the-command-line");
    commandLine.setProperty("dbmigrate.strict", "true");
    commandLine.setProperty("dbmigrate.skip", "false");
    commandLine.setProperty("dbmigrate.lockTimeout", "30s");
    commandLine.setProperty("dbmigrate.steps", "2");
    commandLine.setProperty("dbmigrate.dir", "db/other");
    commandLine.setProperty("dbmigrate.dirs", "db/one, db/two");

    apply(up, "up", commandLine);

    assertThat(up.url).isEqualTo("jdbc:h2:file:./b");
    assertThat(up.password).isEqualTo("from-the-command-line");
    assertThat(up.strict).isTrue();
    assertThat(up.skip).isFalse();
    assertThat(up.lockTimeout).isEqualTo("30s");
    assertThat(up.steps).isEqualTo(2);
    // locations stay as given: classpath: is no file; a directory is resolved against the project later
    assertThat(up.dir).isEqualTo("db/other");
    assertThat(up.dirs).containsExactly("db/one", "db/two");
  }

  @Test
  void whatTheCommandLineDoesNotNameStaysAsThePomConfiguredIt() throws Exception {
    UpMojo up = asThePomConfiguresIt();
    Properties commandLine = new Properties();
    commandLine.setProperty("dbmigrate.strict", "true");

    apply(up, "up", commandLine);

    assertThat(up.url).isEqualTo("jdbc:h2:file:./a");
    assertThat(up.user).isEqualTo("pom-user");
    assertThat(up.lockTimeout).isEqualTo("5m");
    assertThat(up.skip).isTrue();
    assertThat(up.steps).isNull();
  }

  @Test
  void aDirectoryOnTheCommandLineIsUsedEvenWhereThePomListsSeveral() throws Exception {
    UpMojo up = asThePomConfiguresIt();
    up.dirs = List.of("db/pom-one", "classpath:db/pom-two");
    Properties commandLine = new Properties();
    commandLine.setProperty("dbmigrate.dir", "db/other");

    apply(up, "up", commandLine);

    assertThat(MigrationLocations.parse(up.dir, up.dirs)).extracting(MigrationLocations.Location::given)
        .containsExactly("db/other");
  }

  @Test
  void aValueThatIsNoBooleanOrNumberStopsTheGoalNamingTheProperty() {
    Properties notABoolean = new Properties();
    notABoolean.setProperty("dbmigrate.strict", "yes");
    assertThatThrownBy(() -> apply(asThePomConfiguresIt(), "up", notABoolean))
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("-Ddbmigrate.strict=yes is neither true nor false; give -Ddbmigrate.strict=true or"
            + " -Ddbmigrate.strict=false.");
    Properties notANumber = new Properties();
    notANumber.setProperty("dbmigrate.steps", "two");
    assertThatThrownBy(() -> apply(asThePomConfiguresIt(), "up", notANumber))
        .hasMessageStartingWith("-Ddbmigrate.steps=two is not a whole number");
  }

  @Test
  void theUrlAndCredentialsAreSetByTheirDbmigrateProperties() {
    List<String> properties = new ArrayList<>();
    Declared.of(plugin.getMojo("status")).forEach(parameter -> properties.add(parameter.property()));
    assertThat(properties).contains("dbmigrate.url", "dbmigrate.user", "dbmigrate.password", "dbmigrate.dirs",
        "dbmigrate.table", "dbmigrate.skip").doesNotContain("dbmigrate.settings");
    assertThat(Declared.of(plugin.getMojo("create"))).contains(new Declared("message", "message"));
  }

  @Test
  void everyParameterAUserCanSetIsAFieldOfItsGoal() throws Exception {
    List<String> missing = new ArrayList<>();
    for (MojoDescriptor goal : plugin.getMojos()) {
      Class<?> type = Class.forName(goal.getImplementation());
      for (Declared parameter : Declared.of(goal)) {
        if (!hasField(type, parameter.field())) {
          missing.add(goal.getGoal() + " " + parameter.field());
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  private static boolean hasField(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (var field : c.getDeclaredFields()) {
        if (field.getName().equals(name)) {
          return true;
        }
      }
    }
    return false;
  }

  private static UpMojo asThePomConfiguresIt() {
    UpMojo up = new UpMojo();
    up.url = "jdbc:h2:file:./a";
    up.user = "pom-user";
    up.password = "from-the-pom";
    up.skip = true;
    up.lockTimeout = "5m";
    up.dir = "${project.basedir}/src/main/resources/db/migrations";
    return up;
  }

  private static void apply(Object goal, String name, Properties commandLine) throws MojoFailureException {
    CommandLineProperties.apply(goal, Declared.of(plugin.getMojo(name)), commandLine,
        file -> file.isAbsolute() ? file : new File(BASEDIR, file.getPath()));
  }
}
