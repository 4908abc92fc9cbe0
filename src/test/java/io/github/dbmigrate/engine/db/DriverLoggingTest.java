package io.github.dbmigrate.engine.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.BadSetting;
import io.github.dbmigrate.maven.MavenFrontEnd;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;

/** What the drivers log reaches no console handler: PostgreSQL's driver prints a URL whole. */
class DriverLoggingTest {

  @Test
  void postgresDriversWarningAboutAUrlDoesNotReachTheConsole() {
    List<String> console = new CopyOnWriteArrayList<>();
    Handler capture = new Handler() {
      @Override public void publish(LogRecord record) {
        console.add(record.getLoggerName() + ": " + new SimpleFormatter().formatMessage(record));
      }
      @Override public void flush() {}
      @Override public void close() {}
    };
    Logger root = Logger.getLogger("");
    root.addHandler(capture);
    try {
      assertThatThrownBy(() -> ConnectionFactory.driverFor(
          "jdbc:postgresql://h/too/many?password=Leak-7;x", MavenFrontEnd.INSTANCE))
          .isInstanceOf(BadSetting.class)
          .hasMessageContaining("password=****")
          .hasMessageNotContaining("Leak-7");
    } finally {
      root.removeHandler(capture);
    }
    assertThat(console).noneMatch(line -> line.contains("Leak-7"));
    assertThat(Boolean.getBoolean("mariadb.logging.disable")).isTrue();
  }
}
