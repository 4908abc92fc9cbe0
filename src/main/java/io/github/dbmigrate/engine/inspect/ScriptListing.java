package io.github.dbmigrate.engine.inspect;

import io.github.dbmigrate.engine.DbMigrateException;
import io.github.dbmigrate.engine.Paths;
import io.github.dbmigrate.engine.files.Script;
import io.github.dbmigrate.engine.files.ScriptReader;
import io.github.dbmigrate.engine.sql.SplitRules;
import io.github.dbmigrate.engine.sql.SqlStatement;
import io.github.dbmigrate.engine.sql.StatementSplitter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A script as it would be sent: its statements as the database's client splits it, each with the line
 * it starts on, and what the splitter could not read (an unterminated string, say).
 *
 * @param file the script's path as users see it
 * @param noDbTxn whether it runs outside a transaction ({@code .no-db-txn.})
 */
public record ScriptListing(String file, boolean noDbTxn, List<SqlStatement> statements, List<String> problems) {

  /** Splits {@code script} with {@code rules}, reading it as {@code up} does. */
  public static ScriptListing of(Script script, SplitRules rules) {
    List<SqlStatement> statements = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try (ScriptReader reader = ScriptReader.open(script.file())) {
      new StatementSplitter(rules).split(reader, statements::add, problems::add);
    } catch (IOException e) {
      problems.add(ScriptReader.unreadable(script.file(), e).getMessage());
    } catch (DbMigrateException e) {
      problems.add(e.getMessage());
    }
    return new ScriptListing(Paths.display(script.file()), script.noDbTxn(), List.copyOf(statements),
        List.copyOf(problems));
  }

  /** The statements for the log: a heading per statement, then its text indented, as sent. */
  List<String> lines(String heading) {
    List<String> lines = new ArrayList<>();
    lines.add(heading + ": " + statements.size() + " statement(s)"
        + (noDbTxn ? ", run outside a transaction (.no-db-txn.)" : ""));
    for (int i = 0; i < statements.size(); i++) {
      SqlStatement statement = statements.get(i);
      lines.add("  statement " + (i + 1) + ", line " + statement.line() + ":");
      statement.sql().strip().lines().forEach(line -> lines.add("    " + line));
      if (statement.copyData() != null) {
        lines.add("    (followed by " + statement.copyData().lines().count() + " line(s) of COPY data)");
      }
    }
    problems.forEach(problem -> lines.add("  cannot split: " + problem));
    return lines;
  }
}
