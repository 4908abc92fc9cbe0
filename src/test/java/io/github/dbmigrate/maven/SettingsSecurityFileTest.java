package io.github.dbmigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings-security file a failed decryption names is the one Maven's decrypter read. */
class SettingsSecurityFileTest {

  @TempDir Path home;

  @Test
  void withoutThePropertyItIsTheOneInTheHomeDirectory() {
    assertThat(SettingsSecurityFile.inUse(null, home.toString()))
        .isEqualTo(home.resolve(".m2/settings-security.xml"));
    assertThat(SettingsSecurityFile.trouble(home.resolve(".m2/settings-security.xml")))
        .isEqualTo("the file does not exist, so there is no master password");
  }

  @Test
  void thePropertyWinsAndARelativePathIsMadeAbsolute() {
    assertThat(SettingsSecurityFile.inUse("sec.xml", home.toString()))
        .isEqualTo(Path.of("sec.xml").toAbsolutePath());
    assertThat(SettingsSecurityFile.inUse("~/other/sec.xml", home.toString()))
        .isEqualTo(home.resolve("other/sec.xml"));
  }

  @Test
  void aRelocationIsFollowedOnce() throws IOException {
    Path moved = home.resolve("usb/settings-security.xml");
    Files.createDirectories(moved.getParent());
    Files.writeString(moved, "<settingsSecurity><master>{x}</master></settingsSecurity>");
    Path first = home.resolve("sec.xml");
    Files.writeString(first, "<settingsSecurity>\n  <relocation>" + moved + "</relocation>\n</settingsSecurity>");

    assertThat(SettingsSecurityFile.inUse(first.toString(), home.toString())).isEqualTo(moved);
    assertThat(SettingsSecurityFile.trouble(moved)).isEqualTo("its master password does not decrypt the encrypted value");
  }
}
