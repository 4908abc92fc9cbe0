package io.github.dbmigrate.engine;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A failure the user can act on. Its message is complete on its own (what happened, where, what to do
 * next), so the build prints it without a stack trace; its cause (the driver's {@link SQLException},
 * an {@link java.io.IOException}) is kept for {@code -X}. Each kind names its facts in {@link #details()},
 * which {@code report.json} carries next to the message.
 */
public abstract sealed class DbMigrateException extends RuntimeException
    permits BadSetting, MalformedFiles, FileProblem, StatementFailed, LockTimeout, LockLost, DatabaseUnavailable,
        DatabaseError, Refused, Interrupted {

  /** Applied to the message once the failure has left the engine (see {@link #maskedWith}). */
  private transient UnaryOperator<String> mask = UnaryOperator.identity();

  protected DbMigrateException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Masks this failure's message from now on with {@code secretMask}: called once, where the failure
   * leaves the engine, so that the thrower writes plain prose and no caller sees a password.
   */
  public final DbMigrateException maskedWith(UnaryOperator<String> secretMask) {
    UnaryOperator<String> before = mask; // a command nested in another keeps both masks
    this.mask = text -> secretMask.apply(before.apply(text));
    return this;
  }

  @Override
  public String getMessage() {
    String message = super.getMessage();
    return message == null ? null : mask.apply(message);
  }

  /** The kind of failure, for machines: {@code statementFailed}, {@code lockTimeout}, ... */
  public abstract String kind();

  /** The failure's facts beyond its message (file, line, SQLSTATE, ...), in a stable order. */
  public Map<String, Object> details() {
    return Map.of();
  }

  /** The SQLSTATE and vendor code of {@code e}, where the driver gave them. */
  static Map<String, Object> sqlDetails(SQLException e) {
    Map<String, Object> details = new LinkedHashMap<>();
    if (e != null) {
      if (e.getSQLState() != null) {
        details.put("sqlState", e.getSQLState());
      }
      if (e.getErrorCode() != 0) {
        details.put("vendorCode", e.getErrorCode());
      }
    }
    return details;
  }
}
