package io.github.dbmigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads the plugin descriptor that {@code maven-plugin-plugin} generated from the Mojos (it becomes
 * the goals' help and documentation): each goal declares exactly the parameters it uses, and every
 * parameter keeps the property and default value users' POMs and command lines rely on.
 */
class GoalParametersTest {

  private static final List<String> CONNECTING = List.of("skip", "url", "user", "password", "serverId",
      "settings", "environment", "reportDir");
  private static final List<String> HISTORY = List.of("table", "schema");
  private static final List<String> FILES = List.of("dir", "dirs");
  private static final List<String> CHANGING = List.of("lockTimeout", "noLock", "dryRun");
  /** Only goals that run scripts choose how they are grouped into transactions. */
  private static final List<String> SCRIPTS = List.of("txnMode", "variables");
  private static final List<String> LINT = List.of("lint", "lintRules", "lintFrom");
  private static final List<String> GUARDED = List.of("protectedEnvironments", "allowDestructive");

  /**
   * Property (or {@code -}), default value (or {@code -}) and whether required, of every parameter, as
   * users know them.
   */
  private static final Map<String, String> AS_USERS_SET_THEM = Map.ofEntries(
      Map.entry("skip", "dbmigrate.skip false"),
      // read from dbmigrate.url, .user and .password by the goals themselves: Maven's -X prints what it sets
      Map.entry("url", "- -"),
      Map.entry("user", "- -"),
      Map.entry("password", "- -"),
      Map.entry("serverId", "dbmigrate.serverId -"),
      Map.entry("settings", "- ${settings}"),
      Map.entry("table", "dbmigrate.table dbmigrate_versions"),
      Map.entry("schema", "dbmigrate.schema -"),
      Map.entry("environment", "dbmigrate.environment -"),
      Map.entry("reportDir", "dbmigrate.reportDir ${project.build.directory}/dbmigrate"),
      Map.entry("dir", "dbmigrate.dir ${project.basedir}/src/main/resources/db/migrations"),
      Map.entry("dirs", "dbmigrate.dirs -"),
      Map.entry("txnMode", "dbmigrate.txnMode -"),
      Map.entry("lockTimeout", "dbmigrate.lockTimeout 5m"),
      Map.entry("noLock", "dbmigrate.noLock false"),
      Map.entry("dryRun", "dbmigrate.dryRun false"),
      Map.entry("protectedEnvironments", "dbmigrate.protectedEnvironments production"),
      Map.entry("allowDestructive", "dbmigrate.allowDestructive false"),
      Map.entry("message", "message -"),
      Map.entry("noDbTxn", "dbmigrate.noDbTxn false"),
      Map.entry("dialect", "dbmigrate.dialect -"),
      Map.entry("waitTimeout", "dbmigrate.waitTimeout 60s"),
      Map.entry("allowPending", "dbmigrate.allowPending false"),
      Map.entry("allowDrift", "dbmigrate.allowDrift false"),
      Map.entry("allowNoFile", "dbmigrate.allowNoFile false"),
      Map.entry("strict", "dbmigrate.strict false"),
      Map.entry("createDatabase", "dbmigrate.createDatabase false"),
      Map.entry("steps", "dbmigrate.steps -"),
      // redo's steps keeps its default; up's and down's have none, so that giving it with to can be refused
      Map.entry("redo steps", "dbmigrate.steps 1"),
      Map.entry("from", "dbmigrate.from -"),
      Map.entry("to", "dbmigrate.to -"),
      Map.entry("version", "dbmigrate.version - required"),
      // a map takes no -D property: the goals read dbmigrate.variables themselves
      Map.entry("variables", "- -"),
      Map.entry("lint", "dbmigrate.lint error"),
      // a map takes no -D property
      Map.entry("lintRules", "- -"),
      Map.entry("lintFrom", "dbmigrate.lintFrom -"));

  private static Map<String, Map<String, String>> declared;
  /** Each goal's and parameter's description, as {@code help:describe} and {@code dbmigrate:help} print it. */
  private static Map<String, String> descriptions;

  @BeforeAll
  static void readTheGeneratedDescriptor() throws Exception {
    URL descriptor = GoalParametersTest.class.getClassLoader().getResource("META-INF/maven/plugin.xml");
    assertThat(descriptor).as("plugin.xml, generated at process-classes").isNotNull();
    Document document;
    try (InputStream in = descriptor.openStream()) {
      document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }
    declared = new TreeMap<>();
    descriptions = new TreeMap<>();
    NodeList mojos = document.getElementsByTagName("mojo");
    for (int i = 0; i < mojos.getLength(); i++) {
      Element mojo = (Element) mojos.item(i);
      String goal = child(mojo, "goal").getTextContent();
      if (!goal.equals("help")) {
        declared.put(goal, parameters(mojo));
        descriptions.put(goal, child(mojo, "description").getTextContent());
        for (Node node = child(mojo, "parameters").getFirstChild(); node != null; node = node.getNextSibling()) {
          if (node instanceof Element parameter) {
            descriptions.put(goal + " " + child(parameter, "name").getTextContent(),
                child(parameter, "description").getTextContent());
          }
        }
      }
    }
  }

  @Test
  void eachGoalDeclaresExactlyWhatItUses() {
    Map<String, Set<String>> expected = new LinkedHashMap<>();
    expected.put("create", names(List.of("skip", "message", "noDbTxn"), FILES));
    expected.put("validate", names(List.of("skip", "url", "dialect", "reportDir"), FILES, LINT));
    expected.put("lint", names(List.of("skip", "url", "dialect", "reportDir"), FILES, LINT));
    expected.put("wait", names(CONNECTING, List.of("waitTimeout")));
    expected.put("status", names(CONNECTING, HISTORY, FILES));
    expected.put("history", names(CONNECTING, HISTORY, FILES, List.of("from", "to")));
    expected.put("show", names(CONNECTING, HISTORY, FILES, List.of("version", "dialect")));
    expected.put("verify", names(CONNECTING, HISTORY, FILES, List.of("allowPending", "allowDrift", "allowNoFile")));
    expected.put("doctor", names(CONNECTING, HISTORY, FILES, List.of("txnMode", "noLock")));
    expected.put("up", names(CONNECTING, HISTORY, FILES, CHANGING, SCRIPTS, LINT, List.of("strict", "createDatabase",
        "steps", "to")));
    expected.put("mark", names(CONNECTING, HISTORY, FILES, CHANGING, List.of("version")));
    expected.put("down", names(CONNECTING, HISTORY, FILES, CHANGING, SCRIPTS, GUARDED, List.of("steps", "to")));
    expected.put("redo", names(CONNECTING, HISTORY, FILES, CHANGING, SCRIPTS, GUARDED, LINT, List.of("steps")));
    expected.put("unmark", names(CONNECTING, HISTORY, FILES, CHANGING, GUARDED, List.of("version")));

    Map<String, Set<String>> actual = new TreeMap<>();
    declared.forEach((goal, parameters) -> actual.put(goal, new TreeSet<>(parameters.keySet())));
    assertThat(actual).isEqualTo(new TreeMap<>(expected));
  }

  @Test
  void goalsThatNeverConnectOfferNoCredentialsNorLockSettings() {
    for (String goal : List.of("create", "validate", "lint")) {
      assertThat(declared.get(goal)).as(goal)
          .doesNotContainKeys("user", "password", "serverId", "settings", "lockTimeout", "txnMode", "table");
    }
    assertThat(declared.get("create")).doesNotContainKey("url");
    assertThat(declared.get("wait")).as("wait connects and reads neither the history nor any file")
        .containsKeys("url", "user", "password", "serverId", "waitTimeout")
        .doesNotContainKeys("table", "schema", "dir", "dirs", "txnMode", "dryRun", "lockTimeout", "noLock");
    for (String historyOnly : List.of("mark", "unmark")) {
      assertThat(declared.get(historyOnly)).as(historyOnly + " runs no script")
          .doesNotContainKeys("txnMode", "variables");
    }
    for (String readOnly : List.of("status", "history", "show")) {
      assertThat(declared.get(readOnly)).as(readOnly).doesNotContainKeys("dryRun", "lockTimeout", "noLock", "txnMode");
    }
  }

  @Test
  void everyParameterKeepsItsPropertyAndDefault() {
    List<String> mismatches = new ArrayList<>();
    declared.forEach((goal, parameters) -> parameters.forEach((name, asDeclared) -> {
      String expected = AS_USERS_SET_THEM.getOrDefault(goal + " " + name, AS_USERS_SET_THEM.get(name));
      if (!asDeclared.equals(expected)) {
        mismatches.add(goal + " " + name + ": " + asDeclared + ", expected " + expected);
      }
    }));
    assertThat(mismatches).isEmpty();
  }

  /**
   * Each property stays known to the warning for mistyped {@code -Ddbmigrate.*} names, which reads them
   * from every goal of this descriptor: one goal dropping a parameter must not make its property unknown.
   */
  @Test
  void theWarningForMistypedPropertiesKnowsEveryProperty() {
    List<String> properties = new ArrayList<>();
    declared.values().forEach(parameters -> parameters.values().forEach(asDeclared -> properties.add(
        asDeclared.substring(0, asDeclared.indexOf(' ')))));
    Set<String> known = UnknownProperties.known(properties);

    Set<String> asUsersSetThem = new TreeSet<>(List.of("dbmigrate.url", "dbmigrate.user", "dbmigrate.password",
        "dbmigrate.variables")); // read by the goals themselves
    AS_USERS_SET_THEM.values().forEach(value -> asUsersSetThem.add(value.substring(0, value.indexOf(' '))));
    asUsersSetThem.remove("-");
    assertThat(known).containsAll(asUsersSetThem).contains("dbmigrate.table", "dbmigrate.schema", "dbmigrate.txnMode");
  }

  /**
   * plugin.xml holds plain text, which {@code dbmigrate:help} prints as it is, but {@code help:describe}
   * reads as HTML: a {@code <server>} there is an unknown tag and vanishes ("The id of a in settings.xml").
   * So no description may hold a {@code <} that an HTML reader takes for a tag.
   */
  @Test
  void noDescriptionHoldsWhatHelpDescribeWouldTakeForATag() {
    Pattern tagStart = Pattern.compile("<[A-Za-z/!?][^>]*>?");
    Set<String> lost = new TreeSet<>();
    descriptions.forEach((where, text) -> {
      Matcher tag = tagStart.matcher(text);
      while (tag.find()) {
        lost.add(where + ": " + tag.group());
      }
    });
    assertThat(lost).as("words help:describe would drop").isEmpty();
  }

  @SafeVarargs
  private static Set<String> names(List<String>... groups) {
    Set<String> names = new TreeSet<>();
    Stream.of(groups).forEach(names::addAll);
    return names;
  }

  /** Each parameter's name with "property default [required]", the first two from {@code <configuration>}. */
  private static Map<String, String> parameters(Element mojo) {
    Map<String, String> result = new TreeMap<>();
    Element parameters = child(mojo, "parameters");
    Element configuration = child(mojo, "configuration");
    for (Node node = parameters.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element parameter) {
        String name = child(parameter, "name").getTextContent();
        Element configured = configuration == null ? null : child(configuration, name);
        String property = "-";
        String defaultValue = "-";
        if (configured != null) {
          String expression = configured.getTextContent().trim();
          property = expression.startsWith("${") ? expression.substring(2, expression.length() - 1) : "-";
          defaultValue = configured.hasAttribute("default-value") ? configured.getAttribute("default-value") : "-";
        }
        boolean required = Boolean.parseBoolean(child(parameter, "required").getTextContent());
        result.put(name, property + " " + defaultValue + (required ? " required" : ""));
      }
    }
    return result;
  }

  private static Element child(Element parent, String tag) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(tag)) {
        return element;
      }
    }
    return null;
  }
}
