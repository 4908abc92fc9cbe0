package io.github.dbmigrate.engine.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.DbMigrateException;
import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.TxnMode;
import io.github.dbmigrate.engine.db.DatabaseTarget;
import io.github.dbmigrate.engine.dialect.TableName;
import io.github.dbmigrate.engine.event.EngineListener;
import io.github.dbmigrate.engine.run.Migrator;
import io.github.dbmigrate.engine.testing.Configs;
import io.github.dbmigrate.engine.testing.NeedsDatabaseServer;
import io.github.dbmigrate.engine.testing.TcpProxy;
import io.github.dbmigrate.engine.testing.TestDatabase;
import io.github.dbmigrate.maven.MavenFrontEnd;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Connections cut mid-migration and servers that never answer end the run clearly and in time. */
class LostConnectionTest {

  static final String V1 = "20240101000000";

  /** The statement the connection is cut in: far longer than the run may take to notice the cut. */
  static final int SLEEP_SECONDS = 120;

  @TempDir Path dir;

  EngineConfig config(String url) {
    return Configs.of(new DatabaseTarget(url, null, null), new TableName(null, "dbmigrate_versions"),
        List.of(dir), TxnMode.ALL, Duration.ofSeconds(10), false, dir.resolve("report"), "tester");
  }

  @NeedsDatabaseServer
  @Test
  void aConnectionCutMidMigrationFailsClearlyRecordsNothingAndTheNextRunCompletes() throws Exception {
    Files.writeString(dir.resolve(V1 + "_slow.up.sql"),
        "CREATE TABLE slow (id int);\nINSERT INTO slow VALUES (1);\nSELECT pg_sleep(" + SLEEP_SECONDS + ");\n");
    try (TestDatabase db = TestDatabase.postgres(); TcpProxy proxy = TcpProxy.to(5432)) {
      String viaProxy = db.url().replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/");
      CompletableFuture<Throwable> run = CompletableFuture.supplyAsync(() -> {
        try {
          new Migrator(config(viaProxy), EngineListener.SILENT).up();
          return null;
        } catch (RuntimeException e) {
          return e;
        }
      });
      waitForSleep(db);
      long cutAt = System.nanoTime();
      proxy.cutAll();

      // The cut ends the run, not the statement: the failure comes long before the sleep could end,
      // with room for any load on the machine (the orphaned backend notices within a second).
      Throwable failure = run.get(SLEEP_SECONDS / 2, TimeUnit.SECONDS);
      assertThat(Duration.ofNanos(System.nanoTime() - cutAt)).isLessThan(Duration.ofSeconds(SLEEP_SECONDS / 2));
      assertThat(failure).isInstanceOf(DbMigrateException.class)
          .hasMessageContaining(V1 + "_slow.up.sql line 3")
          .hasMessageContaining("I/O error");
      assertThat(db.tableExists("slow")).isFalse();
      assertThat(db.column("SELECT count(*) FROM dbmigrate_versions")).containsExactly("0");

      Files.writeString(dir.resolve(V1 + "_slow.up.sql"), "CREATE TABLE slow (id int);\nINSERT INTO slow VALUES (1);\n");
      new Migrator(config(db.url()), EngineListener.SILENT).up();
      assertThat(db.column("SELECT version FROM dbmigrate_versions")).containsExactly(V1);
    }
  }

  @Test
  void aServerThatAcceptsButNeverAnswersDoesNotHangPastTheTimeout() throws Exception {
    Files.writeString(dir.resolve(V1 + "_a.up.sql"), "SELECT 1;");
    try (TcpProxy silent = TcpProxy.silent()) {
      String url = "jdbc:postgresql://127.0.0.1:" + silent.port() + "/db?user=postgres&loginTimeout=2&connectTimeout=2";
      long start = System.nanoTime();

      assertThatThrownBy(() -> new Migrator(config(url), EngineListener.SILENT).up())
          .isInstanceOf(DbMigrateException.class)
          .hasMessageContaining("Cannot reach the database at jdbc:postgresql://127.0.0.1:" + silent.port());
      // The URL's 2 s login timeout ended it, not the 15 s default: a bound with 12 s of room for load.
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(14));
    }
  }

  private static void waitForSleep(TestDatabase db) throws InterruptedException {
    for (int i = 0; i < 3000; i++) {
      if (!db.column("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
          + " AND query LIKE 'SELECT pg_sleep(" + SLEEP_SECONDS + ")%'").get(0).equals("0")) {
        return;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("the migration never reached its long statement");
  }
}
