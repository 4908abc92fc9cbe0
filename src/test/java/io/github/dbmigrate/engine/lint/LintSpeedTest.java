package io.github.dbmigrate.engine.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.Refused;
import io.github.dbmigrate.engine.event.EngineListener;
import io.github.dbmigrate.engine.testing.Slow;
import io.github.dbmigrate.engine.validate.MigrationValidator;
import io.github.dbmigrate.engine.validate.ScriptRules;
import io.github.dbmigrate.maven.MavenFrontEnd;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the lint adds to {@code validate} on a long history: 5 000 migrations (10 000 files) of tables,
 * added columns, indexes (concurrent ones in {@code .no-db-txn.} files) and batched updates, validated
 * in-process with the lint and with {@code dbmigrate.lint=off}. Prints the medians; docs/performance.md
 * records them (the target, at most 0.3 s added, is the benchmark's, not this test's).
 */
@Slow
class LintSpeedTest {

  private static final int MIGRATIONS = 5_000;
  private static final int RUNS = 7;

  @TempDir Path dir;

  @Test
  void lintingTenThousandFilesInValidate() throws Exception {
    generate();
    ScriptRules.Chosen postgres = ScriptRules.choose("postgresql", null, MavenFrontEnd.INSTANCE);
    LintSettings on = LintSettings.defaults();
    LintSettings off = on.turnedOff();
    for (int warm = 0; warm < 3; warm++) {
      validate(postgres, on);
      validate(postgres, off);
    }
    List<Long> withLint = new ArrayList<>();
    List<Long> without = new ArrayList<>();
    for (int run = 0; run < RUNS; run++) {
      without.add(validate(postgres, off));
      withLint.add(validate(postgres, on));
    }
    MigrationValidator.Result result = new MigrationValidator(postgres, on, EngineListener.SILENT,
        MavenFrontEnd.INSTANCE).validate(List.of(dir));
    assertThat(result.migrations()).isEqualTo(MIGRATIONS);
    assertThat(result.lint().findings()).as("a clean history: %s", result.lint().findings()).isEmpty();
    long a = median(without);
    long b = median(withLint);
    // The lint did follow the schema through every file: the first table is known at the end.
    Files.writeString(dir.resolve("20990101000000_drop-customer.up.sql"), "ALTER TABLE orders_0 DROP COLUMN customer;\n");
    assertThatThrownBy(() -> validate(postgres, on)).isInstanceOf(Refused.class)
        .hasMessageContaining("1 unsafe change(s)");
    System.out.printf(Locale.ROOT, "validate of %d files: lint off %d ms, lint on %d ms (medians of %d), lint adds %d ms%n",
        MIGRATIONS * 2, a, b, RUNS, b - a);
  }

  private long validate(ScriptRules.Chosen rules, LintSettings lint) {
    long start = System.nanoTime();
    new MigrationValidator(rules, lint, EngineListener.SILENT, MavenFrontEnd.INSTANCE).validate(List.of(dir));
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static long median(List<Long> times) {
    List<Long> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  /** A history as teams write it: every fourth migration a table, then a column, an index, a batched update. */
  private void generate() throws Exception {
    String table = null;
    for (int k = 0; k < MIGRATIONS; k++) {
      String version = String.format(Locale.ROOT, "2024%010d", k);
      String up;
      String down;
      boolean noTxn = false;
      switch (k % 4) {
        case 0 -> {
          table = "orders_" + k;
          up = "-- Orders of shop " + k + ".\nCREATE TABLE " + table + " (\n  id bigint PRIMARY KEY,\n"
              + "  customer varchar(100) NOT NULL,\n  total numeric(12, 2) NOT NULL DEFAULT 0,\n"
              + "  created_at timestamptz NOT NULL DEFAULT now()\n);\nCREATE INDEX " + table + "_customer ON "
              + table + " (customer);\n";
          down = "DROP TABLE " + table + ";\n";
        }
        case 1 -> {
          up = "ALTER TABLE " + table + " ADD COLUMN note text;\nCOMMENT ON COLUMN " + table
              + ".note IS 'free text, may be ''empty''';\n";
          down = "ALTER TABLE " + table + " DROP COLUMN note;\n";
        }
        case 2 -> {
          noTxn = true;
          up = "CREATE INDEX CONCURRENTLY " + table + "_created ON " + table + " (created_at);\n";
          down = "DROP INDEX CONCURRENTLY " + table + "_created;\n";
        }
        default -> {
          up = "UPDATE " + table + " SET note = 'migrated'\nWHERE id BETWEEN 1 AND 10000 AND note IS NULL;\n";
          down = "UPDATE " + table + " SET note = NULL WHERE note = 'migrated';\n";
        }
      }
      String name = version + "_step-" + k + (noTxn ? ".no-db-txn" : "");
      Files.writeString(dir.resolve(name + ".up.sql"), up);
      Files.writeString(dir.resolve(name + ".down.sql"), down);
    }
  }
}
