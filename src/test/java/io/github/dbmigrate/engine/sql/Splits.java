package io.github.dbmigrate.engine.sql;

import java.util.List;

/** What the splitter makes of a whole script under some rules, for the splitter's tests. */
final class Splits {

  private Splits() {}

  static List<SqlStatement> split(SplitRules rules, String script) {
    return new StatementSplitter(rules).split(script);
  }

  static List<String> sqls(SplitRules rules, String script) {
    return split(rules, script).stream().map(SqlStatement::sql).toList();
  }

  static List<String> problems(SplitRules rules, String script) {
    return new StatementSplitter(rules).problems(script);
  }
}
