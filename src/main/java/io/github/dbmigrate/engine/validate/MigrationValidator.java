package io.github.dbmigrate.engine.validate;

import io.github.dbmigrate.engine.DbMigrateException;
import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.Goal;
import io.github.dbmigrate.engine.MalformedFiles;
import io.github.dbmigrate.engine.Paths;
import io.github.dbmigrate.engine.event.EngineListener;
import io.github.dbmigrate.engine.event.Finding;
import io.github.dbmigrate.engine.event.LintFound;
import io.github.dbmigrate.engine.event.Summary;
import io.github.dbmigrate.engine.files.Direction;
import io.github.dbmigrate.engine.files.Migration;
import io.github.dbmigrate.engine.files.MigrationScanner;
import io.github.dbmigrate.engine.files.MigrationSet;
import io.github.dbmigrate.engine.files.Script;
import io.github.dbmigrate.engine.files.ScriptReader;
import io.github.dbmigrate.engine.lint.LintResult;
import io.github.dbmigrate.engine.lint.LintSettings;
import io.github.dbmigrate.engine.lint.Linter;
import io.github.dbmigrate.engine.sql.StatementSplitter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the migration files without a database, so a build can stop a bad migration before any
 * deploy: names and duplicates (as every goal does), scripts the database's client could not split,
 * scripts that control their own transaction without being {@code .no-db-txn.} (as every goal that
 * runs scripts does, see {@link OwnTransactionControl}), unsafe schema changes (the database's lint,
 * fed each statement in the same pass) and, as warnings, migrations without a down script and
 * {@code .no-db-txn.} scripts holding several statements (each commits on its own, so a failure
 * part-way leaves the earlier ones applied).
 */
public final class MigrationValidator {

  /** What was found; {@link #validate} throws when there are errors. */
  public record Result(int migrations, List<String> errors, List<String> warnings, LintResult lint) {}

  private final ScriptRules.Chosen rules;
  private final LintSettings lintSettings;
  private final OwnTransactionControl transactionControl;
  private final EngineListener listener;
  private final FrontEnd words;

  /** Validates without the lint ({@code doctor}'s look at the files). */
  public MigrationValidator(ScriptRules.Chosen rules, EngineListener listener, FrontEnd words) {
    this(rules, LintSettings.defaults().turnedOff(), listener, words);
  }

  /** {@code words} names the front end's goals and settings in what is found. */
  public MigrationValidator(ScriptRules.Chosen rules, LintSettings lintSettings, EngineListener listener,
      FrontEnd words) {
    this.rules = rules;
    this.lintSettings = lintSettings;
    this.transactionControl = new OwnTransactionControl(rules.syntax());
    this.listener = listener;
    this.words = words;
  }

  public Result validate(List<Path> dirs) {
    MigrationSet files = MigrationScanner.scanToCheck(dirs, words);
    StatementSplitter splitter = new StatementSplitter(rules.rules());
    Linter linter = OfflineChecks.linter(rules, lintSettings, listener);
    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (Migration migration : files.all()) {
      check(splitter, linter, migration.script(Direction.UP), errors, warnings);
      if (migration.hasDown()) {
        check(splitter, linter, migration.script(Direction.DOWN), errors, warnings);
      } else {
        warnings.add(Paths.display(migration.up()) + ": no .down.sql, so " + words.goal(Goal.DOWN) + " and "
            + words.goal(Goal.REDO)
            + " cannot roll version " + migration.version() + " back");
      }
    }
    LintResult lint = linter == null ? new LintResult(List.of()) : linter.finish();
    lint.findings().forEach(f -> listener.on(new LintFound(null, f, false)));
    warnings.forEach(w -> listener.on(new Finding(null, w, null, false)));
    String unsafe = lint.errors().size() + " unsafe change(s) found by " + rules.database() + "'s lint";
    if (!errors.isEmpty()) {
      throw new MalformedFiles(errors, "Migration files that cannot run (checked with " + rules.database()
          + "'s rules; no database was touched):\n  - " + String.join("\n  - ", errors)
          + "\nFix them before any deploy." + (lint.failed() ? " Also " + unsafe + " (the ERROR lines above)." : ""));
    }
    if (lint.failed()) {
      throw lint.refusalAfterLoggedErrors(unsafe + " (no database was touched)", words);
    }
    listener.on(new Summary(null, "Validated " + files.size() + " migration(s) with "
        + rules.database() + "'s rules: no errors" + (warnings.isEmpty() ? "" : ", " + warnings.size()
        + " warning(s)") + (linter == null ? "" : "; lint: " + lint.counts()) + "."));
    return new Result(files.size(), errors, warnings, lint);
  }

  private void check(StatementSplitter splitter, Linter linter, Script script, List<String> errors,
      List<String> warnings) {
    String where = Paths.display(script.file());
    int[] statements = {0};
    List<String> problems = new ArrayList<>();
    if (linter != null) {
      linter.beginScript(script, true);
    }
    try (ScriptReader reader = ScriptReader.open(script.file())) {
      splitter.split(reader, statement -> {
        statements[0]++;
        transactionControl.check(script, statement, splitter.rules()).ifPresent(problems::add);
        if (linter != null) {
          linter.statement(statement);
        }
      }, p -> problems.add(where + ": " + p));
    } catch (IOException e) {
      errors.add(ScriptReader.unreadable(script.file(), e).getMessage());
      return;
    } catch (DbMigrateException e) {
      errors.add(e.getMessage());
      return;
    }
    errors.addAll(problems);
    if (script.noDbTxn() && statements[0] > 1) {
      warnings.add(where + ": a .no-db-txn. script with " + statements[0] + " statements; each commits on"
          + " its own, so a failure part-way leaves the earlier ones applied and the version unrecorded."
          + " Prefer one statement per .no-db-txn. migration");
    }
  }
}
