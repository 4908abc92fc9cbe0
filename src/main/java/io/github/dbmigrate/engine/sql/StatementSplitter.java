package io.github.dbmigrate.engine.sql;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Cuts a migration script into the statements its database's own client would send, each with the
 * line it starts on.
 *
 * <p>One tokenizer serves every database; {@link SplitRules} switches the dialect's quoting,
 * comments and client directives on. Splitting streams: the script is read through a small window
 * and each statement goes to the sink as soon as it is complete, so a 50 MB script is never held in
 * memory twice.
 *
 * <p>Statement text excludes the delimiter ({@code ;}, {@code /}, {@code GO}, a custom {@code
 * DELIMITER}) and any comments in front of the statement; comments inside it are kept. Blank
 * statements are dropped. Bad input never makes the splitter throw: an unterminated string or
 * comment runs to the end of the script and becomes part of the last statement, and {@link
 * #problems(String)} says what is wrong.
 *
 * <p>Instances are immutable and may be shared between threads.
 */
public final class StatementSplitter {

  private final SplitRules rules;

  /** A splitter for scripts written for the database {@code rules} describe. */
  public StatementSplitter(SplitRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /** The rules this splitter follows. */
  public SplitRules rules() {
    return rules;
  }

  /**
   * Reads {@code script} to its end, handing each statement to {@code sink} in order as soon as it
   * is complete. The reader is not closed.
   *
   * @throws IOException only when reading {@code script} fails
   */
  public void split(Reader script, Consumer<SqlStatement> sink) throws IOException {
    split(script, sink, problem -> {});
  }

  /**
   * Like {@link #split(Reader, Consumer)}, also reporting each problem found (as {@link
   * #problems(String)} words them) to {@code problemSink} while reading.
   *
   * @throws IOException only when reading {@code script} fails
   */
  public void split(Reader script, Consumer<SqlStatement> sink, Consumer<String> problemSink)
      throws IOException {
    Objects.requireNonNull(script, "script");
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(problemSink, "problemSink");
    new ScriptScanner(rules, script, sink, problemSink).run();
  }

  /** The statements of {@code script}, in order. */
  public List<SqlStatement> split(String script) {
    List<SqlStatement> statements = new ArrayList<>();
    readString(script, statements::add, problem -> {});
    return statements;
  }

  /**
   * What is wrong with {@code script} as far as splitting can tell, for an offline check: for
   * example "unterminated string starting at line 12", "unterminated $body$ quote starting at line
   * 3" or "unterminated block comment starting at line 7". Empty when nothing is wrong. This does
   * not check the SQL itself.
   */
  public List<String> problems(String script) {
    List<String> problems = new ArrayList<>();
    readString(script, statement -> {}, problems::add);
    return problems;
  }

  /**
   * Like {@link #problems(String)} for a script read from {@code script}, which is not closed.
   *
   * @throws IOException only when reading {@code script} fails
   */
  public List<String> problems(Reader script) throws IOException {
    List<String> problems = new ArrayList<>();
    split(script, statement -> {}, problems::add);
    return problems;
  }

  private void readString(
      String script, Consumer<SqlStatement> sink, Consumer<String> problemSink) {
    Objects.requireNonNull(script, "script");
    try {
      split(new StringReader(script), sink, problemSink);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringReader cannot fail", e);
    }
  }
}
