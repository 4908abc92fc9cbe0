package io.github.dbmigrate.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings-security file whose master password decrypts settings.xml passwords, found as Maven's
 * decrypter finds it: {@code -Dsettings.security}, else {@code ~/.m2/settings-security.xml}, following
 * one {@code <relocation>}. Only to name it when a password cannot be decrypted.
 */
final class SettingsSecurityFile {

  static final String PROPERTY = "settings.security";
  private static final String DEFAULT = "~/.m2/settings-security.xml";
  private static final Pattern RELOCATION = Pattern.compile("<relocation>\\s*([^<]+?)\\s*</relocation>");

  private SettingsSecurityFile() {}

  /** The file in use, given the {@code settings.security} property (null: unset) and the home directory. */
  static Path inUse(String property, String userHome) {
    Path file = resolve(property == null || property.isBlank() ? DEFAULT : property, userHome);
    return relocation(file).map(target -> resolve(target, userHome)).orElse(file);
  }

  /** The file in use in this JVM. */
  static Path inUse() {
    return inUse(System.getProperty(PROPERTY), System.getProperty("user.home"));
  }

  /** Why {@code file} could not decrypt a password, in a few words. */
  static String trouble(Path file) {
    return Files.isRegularFile(file) ? "its master password does not decrypt the encrypted value"
        : "the file does not exist, so there is no master password";
  }

  private static Path resolve(String location, String userHome) {
    String path = location.startsWith("~") ? userHome + location.substring(1) : location;
    return Path.of(path).toAbsolutePath().normalize();
  }

  private static Optional<String> relocation(Path file) {
    try {
      Matcher m = RELOCATION.matcher(Files.readString(file));
      return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // missing or unreadable: named as it is
    }
  }
}
