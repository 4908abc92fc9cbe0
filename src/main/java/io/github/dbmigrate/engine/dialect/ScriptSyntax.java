package io.github.dbmigrate.engine.dialect;

import io.github.dbmigrate.engine.sql.SplitRules;
import io.github.dbmigrate.engine.sql.SqlStatement;
import io.github.dbmigrate.engine.sql.TransactionControl;
import java.sql.Connection;
import java.sql.SQLException;

/** How a database's own client reads a script: where statements end, and how to write one back. */
public interface ScriptSyntax {

  /** How this database's own client splits a script into statements. */
  SplitRules splitRules();

  /**
   * How the client splits a script on {@code session}: as {@link #splitRules()}, except where the
   * client follows a setting of the session (psql follows {@code standard_conforming_strings}).
   */
  default SplitRules splitRules(Connection session) throws SQLException {
    return splitRules();
  }

  /** The statement as the database's own command-line client takes it in a script (dry-run.sql). */
  String scriptText(SqlStatement statement);

  /** How a script spells its own transaction control, which only a {@code .no-db-txn.} script may use. */
  TransactionControl transactionControl();

  /** The common syntax: the given split rules, and every statement ended with {@code ;}. */
  static ScriptSyntax semicolons(SplitRules rules, TransactionControl control) {
    return new ScriptSyntax() {
      @Override
      public SplitRules splitRules() {
        return rules;
      }

      @Override
      public TransactionControl transactionControl() {
        return control;
      }

      @Override
      public String scriptText(SqlStatement statement) {
        String sql = statement.sql().strip();
        return sql.endsWith(";") ? sql : sql + ";";
      }
    };
  }
}
