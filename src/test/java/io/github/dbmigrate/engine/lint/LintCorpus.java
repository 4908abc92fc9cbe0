package io.github.dbmigrate.engine.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.dialect.Dialect;
import io.github.dbmigrate.engine.dialect.Dialects;
import io.github.dbmigrate.engine.files.Direction;
import io.github.dbmigrate.engine.files.Migration;
import io.github.dbmigrate.engine.files.MigrationScanner;
import io.github.dbmigrate.engine.files.MigrationSet;
import io.github.dbmigrate.engine.files.Script;
import io.github.dbmigrate.engine.files.ScriptReader;
import io.github.dbmigrate.engine.sql.StatementSplitter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lint corpus: migration files under {@code src/test/resources/lint-corpus/<database>/} whose
 * lines say what the lint must find there. A line holding {@code -- expect: rule-a, rule-b} is a
 * statement's first line where exactly those rules fire; {@code -- expect-allowed: rule-a} where the
 * rule fires and an allow comment covers it. Every other statement must pass: so the corpus proves
 * both that the unsafe forms are caught and that the safe forms next to them are not.
 */
final class LintCorpus {

  private static final Pattern EXPECT = Pattern.compile("expect(-allowed)?:\\s*([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)");

  private LintCorpus() {}

  /** Lints the corpus of {@code database} offline and returns its findings. */
  static LintResult lint(String database, String corpus) {
    Dialect dialect = Dialects.named(database).orElseThrow().dialect();
    DatabaseLint lint = dialect.capability(DatabaseLint.class).orElseThrow();
    MigrationSet files = MigrationScanner.scanToCheck(List.of(dir(corpus)), FrontEnd.PLAIN);
    StatementSplitter splitter = new StatementSplitter(dialect.syntax().splitRules());
    Linter linter = new Linter(lint, splitter.rules(), LintSettings.defaults(), false);
    for (Migration m : files.all()) {
      for (Direction d : Direction.values()) {
        if (d == Direction.DOWN && !m.hasDown()) {
          continue;
        }
        Script script = m.script(d);
        linter.beginScript(script, true);
        splitter.split(ScriptReader.readAll(script.file())).forEach(linter::statement);
      }
    }
    return linter.finish();
  }

  /**
   * Asserts the corpus's findings are exactly its {@code expect} markers, and that every rule of the
   * database is expected at least once.
   */
  static void check(String database, String corpus) {
    Dialect dialect = Dialects.named(database).orElseThrow().dialect();
    LintResult result = lint(database, corpus);
    Set<String> expected = new TreeSet<>();
    MigrationSet files = MigrationScanner.scanToCheck(List.of(dir(corpus)), FrontEnd.PLAIN);
    for (Migration m : files.all()) {
      markers(m.up(), expected);
      if (m.hasDown()) {
        markers(m.down(), expected);
      }
    }
    Set<String> actual = new TreeSet<>();
    for (Finding f : result.findings()) {
      actual.add(key(f.file(), f.line(), f.rule().id(), f.allowed()));
    }
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(actual);
    Set<String> unexpected = new TreeSet<>(actual);
    unexpected.removeAll(expected);
    assertThat(missing).as("false negatives: expected but not found").isEmpty();
    assertThat(unexpected).as("false positives: found but not expected:\n"
        + String.join("\n", result.findings().stream().map(Finding::text).toList())).isEmpty();
    Set<String> ruled = new TreeSet<>();
    expected.forEach(e -> ruled.add(e.split(" ")[1]));
    List<String> untested = dialect.capability(DatabaseLint.class).orElseThrow().rules().stream()
        .map(Rule::id).filter(id -> !ruled.contains(id)).toList();
    assertThat(untested).as("rules with no unsafe example in the corpus").isEmpty();
  }

  private static void markers(Path file, Set<String> expected) {
    String[] lines = ScriptReader.readAll(file).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = EXPECT.matcher(lines[i]);
      while (m.find()) {
        for (String id : m.group(2).split("\\s*,\\s*")) {
          expected.add(key(file, i + 1, id, m.group(1) != null));
        }
      }
    }
  }

  private static String key(Path file, int line, String rule, boolean allowed) {
    return file.getFileName() + ":" + line + " " + rule + (allowed ? " (allowed)" : "");
  }

  private static Path dir(String corpus) {
    try {
      return Path.of(LintCorpus.class.getResource("/lint-corpus/" + corpus).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
