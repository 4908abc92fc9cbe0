package io.github.dbmigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A mistyped {@code -Ddbmigrate.*} property is named with the closest known one, not silently ignored. */
class UnknownPropertiesTest {

  private static final Set<String> KNOWN = UnknownProperties.known(List.of("dbmigrate.skip", "dbmigrate.url",
      "dbmigrate.strict", "dbmigrate.dryRun", "dbmigrate.txnMode", "dbmigrate.variables", "message"));

  @Test
  void aMistypedPropertyIsNamedWithTheClosestKnownOne() {
    Properties commandLine = properties("dbmigrate.stirct", "true");
    assertThat(UnknownProperties.warnings(commandLine, KNOWN)).containsExactly("-Ddbmigrate.stirct is not a"
        + " property of any dbmigrate goal and is ignored; did you mean dbmigrate.strict? (mvn dbmigrate:help"
        + " -Ddetail lists each goal's.)");
  }

  @Test
  void theClosestNameForgivesCaseSwapsAndMissingLetters() {
    assertThat(UnknownProperties.closest("dbmigrate.txnmode", KNOWN)).isEqualTo("dbmigrate.txnMode");
    assertThat(UnknownProperties.closest("dbmigrate.dryrun", KNOWN)).isEqualTo("dbmigrate.dryRun");
    assertThat(UnknownProperties.closest("dbmigrate.ur", KNOWN)).isEqualTo("dbmigrate.url");
    assertThat(UnknownProperties.closest("dbmigrate.lockTimout", KNOWN)).isEqualTo("dbmigrate.lockTimeout");
    assertThat(UnknownProperties.closest("dbmigrate.varables", KNOWN)).isEqualTo("dbmigrate.variables");
    assertThat(UnknownProperties.distance("stirct", "strict")).isEqualTo(1);
    assertThat(UnknownProperties.distance("url", "url")).isZero();
    assertThat(UnknownProperties.distance("", "abc")).isEqualTo(3);
  }

  @Test
  void knownPropertiesTestPropertiesAndOtherPluginsPropertiesPassQuietly() {
    Properties commandLine = properties("dbmigrate.strict", "true");
    commandLine.setProperty("dbmigrate.skip", "true");
    commandLine.setProperty("dbmigrate.lockTimeout", "1m"); // a setting the engine names, of another goal
    commandLine.setProperty("dbmigrate.test.pgUrl", "jdbc:postgresql://localhost/test");
    commandLine.setProperty("flyway.url", "jdbc:h2:mem:x");
    commandLine.setProperty("message", "add users");
    assertThat(UnknownProperties.warnings(commandLine, KNOWN)).isEmpty();
  }

  private static Properties properties(String name, String value) {
    Properties properties = new Properties();
    properties.setProperty(name, value);
    return properties;
  }
}
