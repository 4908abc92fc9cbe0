package io.github.dbmigrate.engine.report;

import io.github.dbmigrate.engine.DbMigrateException;
import io.github.dbmigrate.engine.status.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A failure as it leaves the engine, rendered and masked in this one place: its kind, message and
 * facts for {@code report.json}, and the chain of causes (the driver's SQLExceptions among them) for a
 * build run with {@code -X}. The throw sites write plain prose; secrets are taken out here.
 *
 * @param kind {@link DbMigrateException#kind()}, or {@code unexpected} for anything else
 * @param message the masked message; {@code null} when the failure had none
 * @param details the masked facts of {@link DbMigrateException#details()}
 * @param causes the masked causes, outermost first
 */
public record Failure(String kind, String message, Map<String, Object> details, List<Cause> causes) {

  /** Causes chained deeper than this are left out (a driver's chain can loop or run long). */
  private static final int MAX_CAUSES = 10;

  /** One cause: its class and message, and where it is a SQLException, its SQLSTATE and vendor code. */
  public record Cause(String type, String message, String sqlState, Integer vendorCode) {

    @Override
    public String toString() {
      String codes = (sqlState == null ? "" : "SQLSTATE " + sqlState)
          + (vendorCode == null ? "" : (sqlState == null ? "" : ", ") + "vendor code " + vendorCode);
      return type + ": " + message + (codes.isEmpty() ? "" : " (" + codes + ")");
    }
  }

  public Failure {
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    causes = List.copyOf(causes);
  }

  /** {@code e} rendered, with {@code mask} applied to every text it carries. */
  public static Failure of(Throwable e, UnaryOperator<String> mask) {
    String kind = e instanceof DbMigrateException known ? known.kind() : "unexpected";
    Map<String, Object> details = new LinkedHashMap<>();
    if (e instanceof DbMigrateException known) {
      known.details().forEach((key, value) -> details.put(key, masked(value, mask)));
    }
    List<Cause> causes = new ArrayList<>();
    for (Throwable cause : causesOf(e)) {
      SQLException sql = cause instanceof SQLException s ? s : null;
      causes.add(new Cause(cause.getClass().getName(), mask.apply(String.valueOf(cause.getMessage())),
          sql == null ? null : sql.getSQLState(),
          sql == null || sql.getErrorCode() == 0 ? null : sql.getErrorCode()));
    }
    return new Failure(kind, e.getMessage() == null ? null : mask.apply(e.getMessage()), details, causes);
  }

  /** The stack trace of {@code e} and its causes, masked: what {@code -X} shows. */
  public static String trace(Throwable e, UnaryOperator<String> mask) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return mask.apply(trace.toString());
  }

  /** The causes of {@code e}: its cause chain, and the chained SQLExceptions a driver adds beside it. */
  private static List<Throwable> causesOf(Throwable e) {
    List<Throwable> found = new ArrayList<>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    seen.add(e);
    List<Throwable> next = new ArrayList<>();
    next.add(e.getCause());
    if (e instanceof SQLException sql) {
      next.add(sql.getNextException());
    }
    while (!next.isEmpty() && found.size() < MAX_CAUSES) {
      Throwable cause = next.remove(0);
      if (cause == null || !seen.add(cause)) {
        continue;
      }
      found.add(cause);
      next.add(cause.getCause());
      if (cause instanceof SQLException sql) {
        next.add(sql.getNextException());
      }
    }
    return found;
  }

  private static Object masked(Object value, UnaryOperator<String> mask) {
    if (value instanceof String text) {
      return mask.apply(text);
    }
    if (value instanceof List<?> items) {
      return items.stream().map(item -> masked(item, mask)).toList();
    }
    return value;
  }

  /** The failure as a JSON object, for {@code report.json}. */
  public String toJson() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("kind", kind);
    fields.put("message", message);
    // the same fields for every kind, null where it has none, so that a pipeline need not know the kinds
    fields.put("file", null);
    fields.put("line", null);
    fields.put("sqlState", causes.stream().map(Cause::sqlState).filter(s -> s != null).findFirst().orElse(null));
    fields.putAll(details);
    StringBuilder out = new StringBuilder("{");
    fields.forEach((key, value) -> out.append(Json.string(key)).append(": ").append(json(value)).append(", "));
    out.append("\"causes\": [").append(causes.stream().map(Failure::json).collect(Collectors.joining(", ")))
        .append("]}");
    return out.toString();
  }

  private static String json(Cause cause) {
    return "{\"type\": " + Json.string(cause.type()) + ", \"message\": " + Json.string(cause.message())
        + ", \"sqlState\": " + Json.string(cause.sqlState()) + ", \"vendorCode\": "
        + (cause.vendorCode() == null ? "null" : cause.vendorCode()) + "}";
  }

  private static String json(Object value) {
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof List<?> items) {
      return items.stream().map(item -> json(item)).collect(Collectors.joining(", ", "[", "]"));
    }
    return Json.string(value == null ? null : value.toString());
  }
}
