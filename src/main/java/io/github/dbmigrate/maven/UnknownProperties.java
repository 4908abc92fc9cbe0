package io.github.dbmigrate.maven;

import io.github.dbmigrate.engine.Setting;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the {@code -Ddbmigrate.*} properties of the command line that no goal knows
 * ({@code -Ddbmigrate.stirct=true}), which Maven would silently ignore, and words a warning naming the
 * closest known one.
 */
final class UnknownProperties {

  static final String PREFIX = "dbmigrate.";
  /** The plugin's own build passes these to its integration tests. */
  private static final String TEST_PREFIX = "dbmigrate.test.";

  private UnknownProperties() {}

  /** The properties of every goal's parameters, and every setting the engine's messages name. */
  static Set<String> known(Collection<String> parameterProperties) {
    Set<String> known = new TreeSet<>(parameterProperties);
    for (Setting setting : Setting.values()) {
      known.add(MavenFrontEnd.INSTANCE.setting(setting)); // as messages spell it: -Dmessage, say
    }
    return known;
  }

  /** One warning for each {@code dbmigrate.*} property of {@code commandLine} that is not {@code known}. */
  static List<String> warnings(Properties commandLine, Set<String> known) {
    List<String> warnings = new ArrayList<>();
    for (String name : new TreeSet<>(commandLine.stringPropertyNames())) {
      if (name.startsWith(PREFIX) && !name.startsWith(TEST_PREFIX) && !known.contains(name)) {
        warnings.add("-D" + name + " is not a property of any dbmigrate goal and is ignored; did you mean "
            + closest(name, known) + "? (mvn dbmigrate:help -Ddetail lists each goal's.)");
      }
    }
    return warnings;
  }

  /** The known name fewest edits away from {@code name} (case ignored; a swap of two letters is one edit). */
  static String closest(String name, Set<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int distance = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** Edit distance counting an insertion, a deletion, a change or a swap of neighbours as one. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + change);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
