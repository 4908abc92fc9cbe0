package io.github.dbmigrate.engine.validate;

import io.github.dbmigrate.engine.MalformedFiles;
import io.github.dbmigrate.engine.Paths;
import io.github.dbmigrate.engine.dialect.ScriptSyntax;
import io.github.dbmigrate.engine.files.Script;
import io.github.dbmigrate.engine.files.ScriptReader;
import io.github.dbmigrate.engine.sql.SplitRules;
import io.github.dbmigrate.engine.sql.SqlStatement;
import io.github.dbmigrate.engine.sql.StandardConformingStrings;
import io.github.dbmigrate.engine.sql.StatementSplitter;
import io.github.dbmigrate.engine.sql.TransactionControl;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rule that a script runs inside the transaction the engine gives it: its own top-level {@code
 * BEGIN}, {@code COMMIT}, {@code ROLLBACK} or autocommit switch would end or split that transaction,
 * so the version row and the failure message would no longer tell what happened (a {@code ROLLBACK}
 * undoes the script and still reports it applied). Only a {@code .no-db-txn.} script, which runs
 * outside a transaction, may manage its own. One rule for {@code validate} and for the goals that run
 * scripts, whatever the transaction mode: a file's name, not the run, says how it runs.
 */
public final class OwnTransactionControl {

  private final ScriptSyntax syntax;

  public OwnTransactionControl(ScriptSyntax syntax) {
    this.syntax = syntax;
  }

  /** What is wrong with {@code statement} of {@code script}, read with {@code rules}; empty when nothing. */
  public Optional<String> check(Script script, SqlStatement statement, SplitRules rules) {
    if (script.noDbTxn()) {
      return Optional.empty();
    }
    return syntax.transactionControl().find(statement, rules).map(found -> describe(script, found));
  }

  /**
   * Reads every script before any runs and refuses them all at once when one controls its own
   * transaction, so that a run never stops half-way over it.
   */
  public void refuse(List<Script> scripts, SplitRules rules) {
    List<String> problems = new ArrayList<>();
    SplitRules scriptRules = rules;
    for (Script script : scripts) {
      SplitRules current = scriptRules;
      boolean[] standard = {!current.backslashEscapes()};
      try (ScriptReader reader = ScriptReader.open(script.file())) {
        new StatementSplitter(current).split(reader, statement -> {
          check(script, statement, current).ifPresent(problems::add);
          standard[0] = StandardConformingStrings.after(statement, !current.backslashEscapes()).orElse(standard[0]);
        });
      } catch (IOException e) {
        throw ScriptReader.unreadable(script.file(), e);
      }
      // The server keeps a script's SET standard_conforming_strings for the next script, which the run
      // then splits that way (ScriptRunner): read it so here too, or a COMMIT hidden in a string one
      // way and bare the other would run unrefused.
      if (rules.followsStandardConformingStrings()) {
        scriptRules = current.toBuilder().backslashEscapes(!standard[0]).build();
      }
    }
    if (!problems.isEmpty()) {
      throw new MalformedFiles(problems, "Scripts that control their own transaction (nothing was run):\n  - "
          + String.join("\n  - ", problems));
    }
  }

  private static String describe(Script script, TransactionControl.Found found) {
    return Paths.display(script.file()) + " line " + found.line() + ": `" + found.text() + "` is the"
        + " script's own transaction control, which would end or split the transaction this migration and"
        + " its version row run in. Move it out of the script, or name the file " + noDbTxnName(script)
        + " (it then runs outside a transaction) and manage the transaction yourself.";
  }

  /** The script's name with the {@code .no-db-txn.} marker: {@code v_slug.up.sql} becomes {@code v_slug.no-db-txn.up.sql}. */
  private static String noDbTxnName(Script script) {
    String name = script.fileName();
    String suffix = "." + script.direction().label() + ".sql";
    int at = name.toLowerCase(Locale.ROOT).lastIndexOf(suffix);
    return at < 0 ? ".no-db-txn." : name.substring(0, at) + ".no-db-txn" + name.substring(at);
  }
}
