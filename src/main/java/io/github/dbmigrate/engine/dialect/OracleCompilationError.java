package io.github.dbmigrate.engine.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** A PL/SQL unit that Oracle created invalid, with its first error from {@code USER_ERRORS}. */
final class OracleCompilationError extends SQLException {

  private static final long serialVersionUID = 1L;

  /** The most recently changed invalid object's first error. */
  private static final String FIRST_ERROR = "SELECT e.type, e.name, e.line, e.position, e.text"
      + " FROM user_errors e JOIN user_objects o ON o.object_name = e.name AND o.object_type = e.type"
      + " WHERE e.attribute = 'ERROR' ORDER BY o.last_ddl_time DESC, e.sequence"
      + " FETCH FIRST 1 ROWS ONLY";

  private final int lineInUnit;

  OracleCompilationError(String message, int lineInUnit) {
    super(message, "42000", OracleDialect.ORA_COMPILED_WITH_ERRORS);
    this.lineInUnit = lineInUnit;
  }

  /** The error's line within the unit's source, or 0 when Oracle did not say. */
  int lineInUnit() {
    return lineInUnit;
  }

  /** Reads the error from the data dictionary; a generic message when it cannot be read. */
  static OracleCompilationError read(Connection connection) {
    try (PreparedStatement st = connection.prepareStatement(FIRST_ERROR);
        ResultSet rs = st.executeQuery()) {
      if (rs.next()) {
        return new OracleCompilationError(rs.getString(1) + " " + rs.getString(2)
            + " was created with compilation errors; the first, at line " + rs.getInt(3) + " column "
            + rs.getInt(4) + " of the unit: " + rs.getString(5).trim(), rs.getInt(3));
      }
    } catch (SQLException e) {
      // fall through to the message without details
    }
    return new OracleCompilationError("The PL/SQL unit was created with compilation errors;"
        + " see USER_ERRORS (SHOW ERRORS in SQL*Plus).", 0);
  }
}
