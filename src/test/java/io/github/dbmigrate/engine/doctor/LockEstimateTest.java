package io.github.dbmigrate.engine.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dbmigrate.engine.files.Migration;
import io.github.dbmigrate.engine.sql.SplitRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockEstimateTest {

  @TempDir
  Path dir;

  @Test
  void tablesCountFourOtherDdlOneRowsNoneAndNoDbTxnFilesAreLeftOut() throws Exception {
    Path a = Files.writeString(dir.resolve("20240101000000_a.up.sql"), """
        -- a comment before
        /* and a block */ CREATE TABLE a (id int PRIMARY KEY);
        create unlogged table b (id int);
        CREATE TEMP TABLE c (id int);
        CREATE INDEX a_id ON a (id);
        ALTER TABLE a ADD COLUMN name text;
        INSERT INTO a VALUES (1, 'CREATE TABLE in a string');
        DO $$ BEGIN EXECUTE 'CREATE TABLE d (id int)'; END $$;
        """);
    Path concurrently = Files.writeString(dir.resolve("20240102000000_i.no-db-txn.up.sql"),
        "CREATE INDEX CONCURRENTLY a_name ON a (name);");
    List<Migration> pending = List.of(new Migration("20240101000000", "a", a, false, null, false),
        new Migration("20240102000000", "i", concurrently, true, null, false));

    LockEstimate estimate = LockEstimate.of(pending, SplitRules.postgres());

    assertThat(estimate.tables()).isEqualTo(3);
    assertThat(estimate.otherDdl()).isEqualTo(2);
    assertThat(estimate.entries()).isEqualTo(3 * 4 + 2);
  }
}
