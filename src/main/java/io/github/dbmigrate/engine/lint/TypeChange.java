package io.github.dbmigrate.engine.lint;

import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * A column given a new type on an existing table, judged against the type the files gave it: a
 * change the database cannot make in place is reported (saying what it was), an unknown old type is
 * reported saying so; either way the schema takes the new type.
 */
final class TypeChange {

  private TypeChange() {}

  /**
   * @param subject the statement in a few words, such as {@code MODIFY users.email VARCHAR2(50)}
   * @param inPlace whether the database changes the first type to the second without touching rows
   */
  static void judge(LintStatement statement, Rule rule, String table, String column, ColumnType type,
      String subject, BiPredicate<ColumnType, ColumnType> inPlace) {
    if (!statement.isNew(table)) {
      Optional<ColumnType> old = statement.schema().column(table, column);
      if (old.isEmpty()) {
        statement.report(rule, subject + " (the column's current type is not known from the migration files)");
      } else if (!inPlace.test(old.get(), type)) {
        statement.report(rule, subject + " (was " + old.get() + ")");
      }
    }
    statement.schema().putColumn(table, column, type);
  }
}
