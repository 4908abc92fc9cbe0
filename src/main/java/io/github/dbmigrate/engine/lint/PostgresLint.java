package io.github.dbmigrate.engine.lint;

import java.util.List;
import java.util.Set;

/** PostgreSQL's lint: the rules of squawk and strong_migrations, judged statement by statement. */
public final class PostgresLint implements DatabaseLint {

  static final Rule DROP_TABLE = Rule.error("drop-table",
      "dropping a table loses its data, and the release still running reads it until the deploy ends.",
      "stop using the table in the application and deploy that first; drop it in a later migration"
          + " (after a backup).");

  private static final Set<String> FIRST_WORDS = Set.of("CREATE", "DROP");

  @Override
  public List<Rule> rules() {
    return List.of(DROP_TABLE);
  }

  @Override
  public boolean reads(String firstWord) {
    return FIRST_WORDS.contains(firstWord);
  }

  @Override
  public void read(LintStatement statement) {
    if (CreateTable.read(statement) != null) {
      return;
    }
    TokenCursor c = statement.cursor();
    if (c.accept("DROP", "TABLE")) {
      c.accept("IF", "EXISTS");
      for (List<Token> name : c.restSplitAtCommas()) {
        TokenCursor n = new TokenCursor(name);
        String table = n.objectName();
        if (table != null) {
          if (!statement.isNew(table)) {
            statement.report(DROP_TABLE, "DROP TABLE " + table);
          }
          statement.schema().dropTable(table);
        }
      }
    }
  }
}
