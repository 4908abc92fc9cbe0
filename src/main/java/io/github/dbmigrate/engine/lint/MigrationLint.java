package io.github.dbmigrate.engine.lint;

import io.github.dbmigrate.engine.files.Direction;
import io.github.dbmigrate.engine.files.Migration;
import io.github.dbmigrate.engine.files.Script;
import io.github.dbmigrate.engine.sql.SplitRules;
import io.github.dbmigrate.engine.sql.StatementSplitter;
import java.util.List;
import java.util.function.Predicate;

/**
 * Lints migration files read from disk, for the goals that do not split them anyway ({@code lint},
 * and {@code up} and {@code redo} before they run anything). Every up script up to the last judged
 * migration is read in version order to teach the schema; a down script is read only when its
 * migration is judged and the goal may run it ({@code lint}, {@code redo}; not {@code up}). Scripts the splitter finds fault with are still read as far as they go: the
 * goal that runs or validates them reports that itself.
 */
public final class MigrationLint {

  private MigrationLint() {}

  /**
   * @param inOrder every migration, in version order
   * @param judged which migrations' findings count (all of them offline, the pending ones for {@code up})
   * @param pendingRun whether tables created by earlier judged migrations count as new (see {@link Linter})
   * @param downs whether the judged migrations' down scripts are judged too
   */
  public static LintResult run(DatabaseLint database, SplitRules rules, LintSettings settings, boolean pendingRun,
      List<Migration> inOrder, Predicate<Migration> judged, boolean downs) {
    return run(database, rules, settings, pendingRun, inOrder, judged, downs, null);
  }

  /**
   * As {@link #run(DatabaseLint, SplitRules, LintSettings, boolean, List, Predicate, boolean)}, taking
   * the statements from {@code read} where it holds them (read with {@code rules}) instead of reading
   * the files; null reads every file.
   */
  public static LintResult run(DatabaseLint database, SplitRules rules, LintSettings settings,
      boolean pendingRun, List<Migration> inOrder, Predicate<Migration> judged, boolean downs,
      ReadScripts read) {
    if (settings.off()) {
      return new LintResult(List.of());
    }
    ReadScripts ready = read != null && read.readFor(database, rules) ? read : null;
    int last = -1;
    for (int i = 0; i < inOrder.size(); i++) {
      if (judged.test(inOrder.get(i))) {
        last = i;
      }
    }
    Linter linter = new Linter(database, rules, settings, pendingRun);
    StatementSplitter splitter = new StatementSplitter(rules);
    for (int i = 0; i <= last; i++) { // files after the last judged one cannot change a verdict
      Migration migration = inOrder.get(i);
      boolean judge = judged.test(migration);
      read(linter, splitter, migration.script(Direction.UP), judge, ready);
      if (downs && judge && migration.hasDown()) {
        read(linter, splitter, migration.script(Direction.DOWN), true, ready);
      }
    }
    return linter.finish();
  }

  private static void read(Linter linter, StatementSplitter splitter, Script script, boolean judge,
      ReadScripts read) {
    linter.beginScript(script, judge);
    List<ReadScripts.Read> ready = read == null ? null : read.of(script);
    if (ready != null) {
      ready.forEach(r -> linter.statement(r.statement(), r.tokens()));
      return;
    }
    ReadScripts.split(splitter, script, linter::statement);
  }
}
