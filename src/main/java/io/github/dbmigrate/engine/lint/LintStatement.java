package io.github.dbmigrate.engine.lint;

import io.github.dbmigrate.engine.files.Direction;
import io.github.dbmigrate.engine.files.Script;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One statement as a {@link DatabaseLint} sees it: its tokens, the script it belongs to, the
 * schema so far, and where findings go.
 */
public final class LintStatement {

  /**
   * What a rule found, before the settings and allow comments are applied; {@code lastLine} is the
   * last line of the statement it is about when that is not the whole one the splitter gave (0).
   */
  record Raw(Rule rule, String subject, int line, int lastLine) {}

  private final List<Token> tokens;
  private final int line;
  private final Script script;
  private final Schema schema;
  private final RunScope scope;
  private final Consumer<Raw> findings;

  LintStatement(List<Token> tokens, int line, Script script, Schema schema, RunScope scope,
      Consumer<Raw> findings) {
    this.tokens = tokens;
    this.line = line;
    this.script = script;
    this.schema = schema;
    this.scope = scope;
    this.findings = findings;
  }

  /** A new reader over the statement's tokens. */
  public TokenCursor cursor() {
    return new TokenCursor(tokens);
  }

  public List<Token> tokens() {
    return tokens;
  }

  /** The line the statement starts on. */
  public int line() {
    return line;
  }

  /** The schema as the earlier statements left it; changes here are what this statement does. */
  public Schema schema() {
    return schema;
  }

  /** The script the statement belongs to. */
  public Script script() {
    return script;
  }

  /** Whether the script runs inside a transaction (it is not {@code .no-db-txn.}). */
  public boolean inTransaction() {
    return !script.noDbTxn();
  }

  /** Whether the script is a down script (judged only by rules that predict a failure). */
  public boolean isDown() {
    return script.direction() == Direction.DOWN;
  }

  /**
   * Whether {@code table} is new: created earlier in this script, or (when the run knows which
   * migrations are pending) in an earlier pending migration of the same run. A table no file
   * created counts as existing.
   */
  public boolean isNew(String table) {
    Optional<Schema.Table> known = schema.table(table);
    return known.isPresent() && scope.isNew(known.get(), script);
  }

  /**
   * Whether {@code column} of {@code table} is new: its table is, or an {@code ALTER TABLE ... ADD}
   * made it in this script (or an earlier pending one), so the running release does not use it.
   */
  public boolean isNewColumn(String table, String column) {
    return isNew(table) || schema.columnAddedBy(table, column).filter(p -> scope.isNew(p, script)).isPresent();
  }

  /** Reports a finding at the statement's line. */
  public void report(Rule rule, String subject) {
    report(rule, subject, line);
  }

  /** Reports a finding at {@code atLine} (for batches holding several statements, as in T-SQL). */
  public void report(Rule rule, String subject, int atLine) {
    findings.accept(new Raw(rule, subject, atLine, 0));
  }

  /**
   * A statement of its own made of {@code part} (one statement of a T-SQL batch, which the splitter
   * cuts only at GO; or a rewritten form of this one): it shares this one's script, schema and
   * findings, and reports at its own first line; an allow comment at the end of its own last line
   * applies to it.
   */
  public LintStatement part(List<Token> part) {
    if (part.isEmpty()) {
      return new LintStatement(part, line, script, schema, scope, findings);
    }
    int last = part.get(part.size() - 1).line();
    return new LintStatement(part, part.get(0).line(), script, schema, scope,
        raw -> findings.accept(raw.lastLine() > 0 ? raw : new Raw(raw.rule(), raw.subject(), raw.line(), last)));
  }
}
