package io.github.dbmigrate.engine.lock;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Fits lock names into the length a database allows, keeping them unique by hashing. */
final class LockNames {

  private LockNames() {}

  /**
   * The name itself when its UTF-8 form has at most {@code max} bytes (so also at most {@code max}
   * characters); otherwise as much of it as fits before a hash of the whole name, so two long names
   * sharing a prefix still differ.
   */
  static String fit(String name, int max) {
    if (utf8Length(name) <= max) {
      return name;
    }
    String hash = "#" + sha256Hex(name).substring(0, 24);
    int end = 0;
    while (end < name.length()
        && utf8Length(name.substring(0, end + 1)) + hash.length() <= max) {
      end++;
    }
    if (end > 0 && Character.isHighSurrogate(name.charAt(end - 1))) {
      end--;
    }
    return name.substring(0, end) + hash;
  }

  private static int utf8Length(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  /** The SHA-256 of the name's UTF-8 bytes, in lower-case hex. */
  static String sha256Hex(String name) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
