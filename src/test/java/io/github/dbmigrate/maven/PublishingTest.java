package io.github.dbmigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * What Maven Central and users' license scanners look for: the POM's project information, and the
 * LICENSE file inside the plugin's jar (which is packed from the build output this test reads).
 */
class PublishingTest {

  @Test
  void thePomHasWhatMavenCentralRequires() throws Exception {
    Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
    XPath xpath = XPathFactory.newInstance().newXPath();
    for (String required : List.of("name", "description", "url", "licenses/license/name", "licenses/license/url",
        "developers/developer/name", "scm/connection", "scm/developerConnection", "scm/url")) {
      assertThat(xpath.evaluate("/project/" + required, pom).trim()).as(required).isNotEmpty();
    }
    assertThat(xpath.evaluate("/project/licenses/license/name", pom)).isEqualTo("Apache-2.0");
    assertThat(Files.readString(Path.of("LICENSE"))).contains("Apache License", "Version 2.0");
  }

  @Test
  void theJarCarriesTheLicense() throws Exception {
    Path buildOutput = Path.of(AbstractDbMigrateMojo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path packed = buildOutput.resolve("META-INF/LICENSE");
    assertThat(packed).as("META-INF/LICENSE in " + buildOutput).exists();
    assertThat(Files.readString(packed)).isEqualTo(Files.readString(Path.of("LICENSE")));
  }
}
