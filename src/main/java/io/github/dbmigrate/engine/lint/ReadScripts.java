package io.github.dbmigrate.engine.lint;

import io.github.dbmigrate.engine.files.Direction;
import io.github.dbmigrate.engine.files.Migration;
import io.github.dbmigrate.engine.files.Script;
import io.github.dbmigrate.engine.files.ScriptReader;
import io.github.dbmigrate.engine.sql.SplitRules;
import io.github.dbmigrate.engine.sql.SqlStatement;
import io.github.dbmigrate.engine.sql.StatementSplitter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Migration scripts read, split and tokenized ahead of a lint, keeping only the statements the
 * database's lint reads: {@code up} prepares them on a thread of its own while it connects and takes
 * the lock (in a cold JVM this reading is most of the lint's cost), and the lint then only judges.
 * Prepared with the database's split rules as they are before connecting; when the session's differ
 * (PostgreSQL with {@code standard_conforming_strings} off), the lint reads the files again.
 */
public final class ReadScripts {

  /** One statement the lint reads, with its tokens. */
  record Read(SqlStatement statement, List<Token> tokens) {}

  private final DatabaseLint database;
  private final SplitRules rules;
  private final Map<Path, List<Read>> byFile;

  private ReadScripts(DatabaseLint database, SplitRules rules, Map<Path, List<Read>> byFile) {
    this.database = database;
    this.rules = rules;
    this.byFile = byFile;
  }

  /** Reads every up script of {@code inOrder} (and the down scripts when {@code downs}). */
  public static ReadScripts read(DatabaseLint database, SplitRules rules, List<Migration> inOrder, boolean downs) {
    return read(database, rules, inOrder, downs, () -> false);
  }

  /**
   * As {@link #read(DatabaseLint, SplitRules, List, boolean)}, stopping (and returning what it has)
   * as soon as {@code stop} says so: a run that turns out to have nothing pending needs none of it.
   */
  public static ReadScripts read(DatabaseLint database, SplitRules rules, List<Migration> inOrder, boolean downs,
      BooleanSupplier stop) {
    StatementSplitter splitter = new StatementSplitter(rules);
    Map<Path, List<Read>> byFile = new HashMap<>();
    for (Migration m : inOrder) {
      if (stop.getAsBoolean()) {
        break;
      }
      readOne(database, splitter, m.script(Direction.UP), byFile);
      if (downs && m.hasDown()) {
        readOne(database, splitter, m.script(Direction.DOWN), byFile);
      }
    }
    return new ReadScripts(database, rules, byFile);
  }

  /** Whether these statements are what {@code lint} would read with {@code splitRules}. */
  boolean readFor(DatabaseLint lint, SplitRules splitRules) {
    return database == lint && rules.equals(splitRules);
  }

  /** The statements of {@code script} the lint reads; null when it was not read. */
  List<Read> of(Script script) {
    return byFile.get(script.file());
  }

  private static void readOne(DatabaseLint database, StatementSplitter splitter, Script script,
      Map<Path, List<Read>> byFile) {
    List<Read> reads = new ArrayList<>();
    split(splitter, script, statement -> {
      if (database.reads(statement.firstWord())) {
        reads.add(new Read(statement, Tokenizer.tokens(statement, splitter.rules())));
      }
    });
    byFile.put(script.file(), reads);
  }

  /** Hands each statement of {@code script}, read from its file, to {@code sink}. */
  static void split(StatementSplitter splitter, Script script, Consumer<SqlStatement> sink) {
    try (ScriptReader reader = ScriptReader.open(script.file())) {
      splitter.split(reader, sink);
    } catch (IOException e) {
      throw ScriptReader.unreadable(script.file(), e);
    }
  }
}
