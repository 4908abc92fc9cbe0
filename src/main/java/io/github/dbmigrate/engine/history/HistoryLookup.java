package io.github.dbmigrate.engine.history;

import io.github.dbmigrate.engine.db.SqlStates;
import io.github.dbmigrate.engine.BadSetting;
import io.github.dbmigrate.engine.DatabaseError;
import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.Setting;
import io.github.dbmigrate.engine.dialect.Dialect;
import io.github.dbmigrate.engine.dialect.TableName;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Finds, once per run, the one history table every goal of the run reads and writes. A configured
 * schema names it. Otherwise it is the table a bare name finds along the session's lookup path (as the
 * Go tool's bare-name statements find it), or, when there is none yet, the one a bare
 * {@code CREATE TABLE} would make: then a schema added to the path later (PostgreSQL's {@code $user}
 * schema, say) cannot move the history and make every migration pending again.
 */
public final class HistoryLookup {

  private HistoryLookup() {}

  /**
   * The history table in the schema it lives or will live in, named exactly as the database reports
   * it; the configured name when a schema was given or the database cannot say.
   *
   * @throws BadSetting when tables of that name are in two schemas of the path: which one holds this
   *     database's history is the user's call
   */
  public static TableName resolve(Dialect dialect, Connection connection, TableName configured, FrontEnd words) {
    if (configured.schema() != null) {
      return configured;
    }
    List<String> path;
    try {
      path = dialect.history().lookupPath(connection);
    } catch (SQLException e) {
      throw new DatabaseError(SqlStates.append("Cannot tell which schemas this session looks tables up in: "
          + dialect.errors().errorMessage(e), e) + ".", e);
    }
    if (path.isEmpty()) {
      return configured;
    }
    if (path.size() == 1) {
      return configured.inSessionSchema(path.get(0));
    }
    List<TableName> found = path.stream().map(configured::inSessionSchema)
        .filter(table -> new HistoryTable(dialect, table, words).exists(connection)).toList();
    if (found.size() > 1) {
      throw new BadSetting(Setting.SCHEMA, "There are " + found.size() + " history tables on this session's"
          + " search path: " + String.join(", ", found.stream().map(t -> t.sql(dialect)).toList())
          + ". A bare name finds the first, but which one records this database's migrations cannot be"
          + " told from here, and using the wrong one would run migrations twice. Nothing was changed."
          + " Name the right one with " + String.join(" or ",
              found.stream().map(t -> words.option(Setting.SCHEMA, t.schema())).toList())
          + " (on every goal and in every build), and drop or rename the other.");
    }
    return configured.inSessionSchema(found.isEmpty() ? path.get(0) : found.get(0).schema());
  }
}
