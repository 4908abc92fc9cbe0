package io.github.dbmigrate.engine.event;

import java.util.function.UnaryOperator;

/**
 * The database a goal connected to, said at its start so that the log shows which one it used: the
 * URL (masked), the server's product and version, the session's user, and the schema and history
 * table the run resolved; {@code user} and {@code schema} are {@code null} where the database has
 * none (SQLite).
 */
public record TargetIdentified(String target, String url, String product, String version, String user,
    String schema, String historyTable) implements EngineEvent {
  public Kind kind() {
    return Kind.TARGET;
  }

  public String message() {
    return "Database " + url + " (" + (product + " " + version).trim() + ")"
        + (user == null || user.isBlank() ? "" : " as " + user)
        + (schema == null ? "" : ", schema " + schema) + ", history table " + historyTable + ".";
  }

  public EngineEvent masked(UnaryOperator<String> mask) {
    return new TargetIdentified(target, mask.apply(url), product, version, mask.apply(user),
        schema, historyTable);
  }
}
