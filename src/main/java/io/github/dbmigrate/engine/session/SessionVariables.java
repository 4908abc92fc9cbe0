package io.github.dbmigrate.engine.session;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * How a database's session carries the run's {@link Variables} to its scripts: set before each
 * migration on the work session, values bound as parameters, names (checked by {@link Variables})
 * written into the SQL. One class per database; a name that was not given reads as NULL everywhere.
 */
public interface SessionVariables {

  /**
   * Sets {@code variables} on {@code connection}, in its current transaction if one is open; with none,
   * sends nothing (or, where a script would otherwise fail to read them, makes them readable as NULL).
   */
  void set(Connection connection, Variables variables) throws SQLException;

  /**
   * The statements {@link #set} sends, with each value written as a literal (a secret one as
   * {@code ****}), for a dry run to show; empty when there are none.
   */
  List<String> preview(Variables variables);

  /** How a script reads the variable {@code name}, for messages and the README. */
  String reading(String name);

  /** A value as an SQL string literal, quotes doubled, secret values masked; for previews only. */
  static String literal(Variables variables, String name) {
    return "'" + variables.shown(name).replace("'", "''") + "'";
  }
}
