package io.github.dbmigrate.engine.lint;

import io.github.dbmigrate.engine.files.Direction;
import io.github.dbmigrate.engine.files.Script;
import io.github.dbmigrate.engine.files.ScriptReader;
import io.github.dbmigrate.engine.sql.SplitRules;
import io.github.dbmigrate.engine.sql.SqlStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs one database's rules over migration scripts in version order, statement by statement as the
 * splitter hands them over, so a goal that already splits the files lints them in the same pass.
 * Every up script teaches the {@link Schema}; only judged scripts are reported (those from {@code
 * lintFrom} on, and for {@code up} the pending ones). Down scripts are judged only by rules that
 * predict a failure, against the forward schema, which they do not change.
 *
 * <p>Use: {@link #beginScript}, then {@link #statement} for each of its statements, for every
 * script in order; then {@link #finish}.
 */
public final class Linter {

  private final DatabaseLint database;
  private final SplitRules rules;
  private final LintSettings settings;
  private final Schema schema = new Schema();
  private final RunScope scope;
  private final List<Finding> findings = new ArrayList<>();

  private Script script;
  private boolean judged;
  private AllowComments allowComments;

  /**
   * @param database the database's rules
   * @param rules how the database's scripts are quoted, to read statements as its client does
   * @param settings levels and the first judged version
   * @param pendingRun whether tables created by earlier judged scripts count as new ({@code up}: they
   *     are pending in the same deploy); offline, only a table created in the same script is new
   */
  public Linter(DatabaseLint database, SplitRules rules, LintSettings settings, boolean pendingRun) {
    this.database = Objects.requireNonNull(database, "database");
    this.rules = Objects.requireNonNull(rules, "rules");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.scope = new RunScope(pendingRun);
  }

  /**
   * Starts {@code next}; {@code judge} says whether its findings count (the version still has to be
   * from {@code lintFrom} on) and, in a pending run, that its tables are new to the scripts after it.
   */
  public void beginScript(Script next, boolean judge) {
    this.script = next;
    this.judged = judge && !settings.off() && settings.judges(next.migration().version());
    this.allowComments = null;
    if (judge && next.direction() == Direction.UP) {
      scope.pending(next); // pending though before lintFrom: its tables are new to the later ones
    }
  }

  /** Reads one statement of the current script. */
  public void statement(SqlStatement statement) {
    if (!skipsScript() && database.reads(statement.firstWord())) {
      judge(statement, Tokenizer.tokens(statement, rules));
    }
  }

  /** Reads one statement of the current script, already tokenized ({@link ReadScripts}). */
  void statement(SqlStatement statement, List<Token> tokens) {
    if (!skipsScript()) {
      judge(statement, tokens);
    }
  }

  /** Whether the current script's statements go unread: the lint is off, or a down script is not judged. */
  private boolean skipsScript() {
    if (script == null) {
      throw new IllegalStateException("beginScript first");
    }
    // a down script that is not judged neither teaches the schema nor is reported
    return settings.off() || (script.direction() == Direction.DOWN && !judged);
  }

  private void judge(SqlStatement statement, List<Token> tokens) {
    if (tokens.isEmpty()) {
      return;
    }
    boolean down = script.direction() == Direction.DOWN;
    int lastLine = tokens.get(tokens.size() - 1).line();
    Schema seen = down ? schema.readOnly() : schema;
    database.read(new LintStatement(tokens, statement.line(), script, seen, scope,
        raw -> found(raw, down, lastLine)));
  }

  /** Every finding so far, in order. */
  public LintResult finish() {
    return new LintResult(findings);
  }

  private void found(LintStatement.Raw raw, boolean down, int lastLine) {
    if (!judged || (down && !raw.rule().predictsFailure())) {
      return;
    }
    Level level = settings.levelOf(raw.rule());
    if (level == Level.OFF) {
      return;
    }
    if (allowComments == null) {
      allowComments = new AllowComments(ScriptReader.readAll(script.file()));
    }
    int last = Math.max(raw.line(), raw.lastLine() > 0 ? raw.lastLine() : lastLine);
    AllowComments.Verdict verdict = allowComments.about(raw.rule().id(), raw.line(), last);
    String subject = raw.subject();
    if (verdict.missingReason()) {
      subject += " (its dbmigrate:allow comment gives no reason, so it allows nothing: write"
          + " '-- dbmigrate:allow " + raw.rule().id() + ": <why this is safe here>')";
    } else if (!verdict.allows()) {
      List<String> named = allowComments.idsNamed(raw.line(), last);
      if (!named.isEmpty()) {
        subject += " (the dbmigrate:allow comment next to it names " + String.join(", ", named) + ", not "
            + raw.rule().id() + ")";
      }
    }
    findings.add(new Finding(script.file(), raw.line(), raw.rule(), level, subject, verdict.reason()));
  }
}
