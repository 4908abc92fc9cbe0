package io.github.dbmigrate.engine;

/**
 * How the front end a user runs (a build plugin, a command line) words settings, goals and
 * commands, so that the engine's messages tell users what to type in the tool they actually use. The
 * engine names things symbolically ({@link Setting}, {@link Goal}) and asks this for the words.
 */
public interface FrontEnd {

  /** A setting as users name it in prose, such as {@code txn-mode} on a command line. */
  String setting(Setting setting);

  /** A setting with a value, in prose, such as {@code txn-mode=all}. */
  String setting(Setting setting, String value);

  /** What a user adds to the command to give a setting, such as {@code --txn-mode=per-file}. */
  String option(Setting setting, String value);

  /** A goal as users name it, such as {@code up}. */
  String goal(Goal goal);

  /** The whole command that runs a goal, such as {@code dbmigrate status}. */
  String command(Goal goal);

  /** The whole command that runs a goal with one setting, such as {@code dbmigrate create --message=...}. */
  String command(Goal goal, Setting setting, String value);

  /** The name this client gives its database sessions (JDBC {@code ApplicationName} and the like). */
  String clientName();

  /** Where the user and password can be given, for a refused login. */
  String credentialSources();

  /** What to do so that a JDBC driver is found, for a URL no driver accepts. */
  String driverAdvice();

  /** Plain words for embedding the engine without a front end of its own (and for tests). */
  FrontEnd PLAIN = new FrontEnd() {
    @Override public String setting(Setting setting) { return setting.key(); }
    @Override public String setting(Setting setting, String value) { return setting.key() + "=" + value; }
    @Override public String option(Setting setting, String value) { return setting.key() + "=" + value; }
    @Override public String goal(Goal goal) { return goal.id(); }
    @Override public String command(Goal goal) { return goal.id(); }
    @Override public String command(Goal goal, Setting setting, String value) {
      return goal.id() + " " + option(setting, value);
    }
    @Override public String clientName() { return "dbmigrate"; }
    @Override public String credentialSources() { return "the user and password settings"; }
    @Override public String driverAdvice() { return "put the driver on the class path"; }
  };
}
