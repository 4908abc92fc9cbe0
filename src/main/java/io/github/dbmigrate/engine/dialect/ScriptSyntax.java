package io.github.dbmigrate.engine.dialect;

import io.github.dbmigrate.engine.sql.SplitRules;
import io.github.dbmigrate.engine.sql.SqlStatement;

/** How a database's own client reads a script: where statements end, and how to write one back. */
public interface ScriptSyntax {

  /** How this database's own client splits a script into statements. */
  SplitRules splitRules();

  /** The statement as the database's own command-line client takes it in a script (dry-run.sql). */
  String scriptText(SqlStatement statement);

  /** The common syntax: the given split rules, and every statement ended with {@code ;}. */
  static ScriptSyntax semicolons(SplitRules rules) {
    return new ScriptSyntax() {
      @Override
      public SplitRules splitRules() {
        return rules;
      }

      @Override
      public String scriptText(SqlStatement statement) {
        String sql = statement.sql().strip();
        return sql.endsWith(";") ? sql : sql + ";";
      }
    };
  }
}
