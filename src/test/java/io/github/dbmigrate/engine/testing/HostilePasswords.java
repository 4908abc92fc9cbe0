package io.github.dbmigrate.engine.testing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Passwords that broke masking or parsing in other tools: each URL delimiter of every syntax, quotes,
 * escapes, percent signs, unicode, and a password that looks like an option. Shared by the unit tests
 * of the URL syntaxes and the round trips through real servers.
 */
public final class HostilePasswords {

  /** At least one of each character a URL syntax gives a meaning to. */
  public static final List<String> CORPUS = List.of(
      "Zq7@:/%;'\"Kx", // the example
      "at@Sign1", "col:on2", "sl/ash3", "per%cent4", "semi;colon5", "sin'gle6", "dou\"ble7",
      "que?ry8", "ha#sh9", "amp&ersand10", "eq=uals11", "com,ma12", "paren)close13", "op(en14",
      "{brace15", "brace}16", "back\\slash17", "with space18", "trailing19\\", "ünïcødé密码20",
      "%41", "password=", "+plus21", "all@:/?#&=,;)({}\\ '\"%25");

  private HostilePasswords() {}

  /** The corpus, and the user name itself as a password. */
  public static List<String> corpusWith(String user) {
    List<String> all = new ArrayList<>(CORPUS);
    all.add(user);
    return all;
  }

  /**
   * The parts of a password between its special characters that no other output would contain (letters
   * and digits, at least four): output holding one shows part of the password, as masking that stopped
   * at a {@code ;} once did.
   */
  public static List<String> fragments(String password) {
    List<String> fragments = new ArrayList<>();
    for (String part : password.split("[^\\p{L}\\p{N}]+")) {
      if (part.length() >= 4 && part.matches(".*\\p{L}.*") && part.matches(".*\\p{N}.*")) {
        fragments.add(part);
      }
    }
    return fragments;
  }

  /** RFC 3986 percent-encoding of a URL part: spaces as {@code %20}, never {@code +}. */
  public static String encode(String part) {
    return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
