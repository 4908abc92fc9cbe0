package io.github.dbmigrate.engine.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dbmigrate.engine.DatabaseUnavailable;
import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.dialect.Dialects;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a user reads when the server cannot be reached: the host that does not resolve, by name; a
 * refused port with one piece of advice (the driver's own is dropped); the SQLSTATE once. No server is
 * needed: a name under {@code .invalid} never resolves, and a port just freed refuses.
 */
class ConnectionMessagesTest {

  private static String failure(String url) {
    ConnectionFactory db = new ConnectionFactory(new DatabaseTarget(url, "app", null), Dialects.forUrl(url),
        FrontEnd.PLAIN);
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> db.open("test").close());
    assertThat(thrown).isInstanceOf(DatabaseUnavailable.class);
    return thrown.getMessage();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"jdbc:postgresql://no-such-host.invalid:5432/db", "jdbc:mariadb://no-such-host.invalid:3306/db"})
  void anUnknownHostIsNamed(String url) {
    String message = failure(url);

    assertThat(message).startsWith("Cannot reach the database at " + url + ": unknown host no-such-host.invalid")
        .doesNotContain("The connection attempt failed");
    assertThat(message.split("SQLSTATE 08", -1)).as(message).hasSize(2);
    assertThat(message.split("Check ", -1)).as(message).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"jdbc:postgresql://127.0.0.1:%d/db", "jdbc:mariadb://127.0.0.1:%d/db"})
  void aRefusedPortGivesTheAdviceOnce(String pattern) throws IOException {
    String url = pattern.formatted(freePort());

    String message = failure(url);

    assertThat(message).startsWith("Cannot reach the database at " + url + ": ").containsIgnoringCase("refused");
    assertThat(message.split("Check ", -1)).as(message).hasSize(2);
    assertThat(message.split("SQLSTATE 08", -1)).as(message).hasSize(2);
  }
}
