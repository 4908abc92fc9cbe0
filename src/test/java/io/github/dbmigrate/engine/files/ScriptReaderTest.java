package io.github.dbmigrate.engine.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptReaderTest {

  @TempDir Path dir;

  @Test
  void checksumIgnoresCrlfAndBomButSeesRealEdits() throws Exception {
    Path lf = dir.resolve("lf.sql");
    Path crlf = dir.resolve("crlf.sql");
    Path edited = dir.resolve("edited.sql");
    Files.writeString(lf, "CREATE TABLE t (id int);\nINSERT INTO t VALUES (1);\n");
    Files.write(crlf, ("\uFEFFCREATE TABLE t (id int);\r\nINSERT INTO t VALUES (1);\r\n")
        .getBytes(StandardCharsets.UTF_8));
    Files.writeString(edited, "CREATE TABLE t (id int);\nINSERT INTO t VALUES (2);\n");

    assertThat(ScriptReader.checksumOf(crlf)).isEqualTo(ScriptReader.checksumOf(lf));
    assertThat(ScriptReader.checksumOf(edited)).isNotEqualTo(ScriptReader.checksumOf(lf));
    assertThat(ScriptReader.checksumOf(lf)).startsWith("sha256-lf:");
    assertThat(ScriptReader.readAll(crlf)).isEqualTo(ScriptReader.readAll(lf));
  }

  @Test
  void theChecksumOfBytesEqualsTheChecksumOfTheStreamedText() throws Exception {
    Path small = dir.resolve("small.sql");
    Files.write(small, "\uFEFFa\r\nb\rc\n\r\n\u00e9\uD83D\uDE00".getBytes(StandardCharsets.UTF_8));
    String streamed;
    try (ScriptReader reader = ScriptReader.open(small)) {
      while (reader.read() >= 0) {
        // feeds the digest
      }
      streamed = reader.checksum();
    }
    assertThat(ScriptReader.checksumOf(small)).isEqualTo(streamed);
  }

  @Test
  void nonUtf8BytesAreAClearError() throws Exception {
    Path latin1 = dir.resolve("latin1.sql");
    Files.write(latin1, "INSERT INTO t VALUES ('caf\u00e9');".getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(() -> ScriptReader.readAll(latin1))
        .hasMessageContaining("latin1.sql")
        .hasMessageContaining("is not valid UTF-8");
  }

  @Test
  void checksumOfNonAsciiTextMatchesTheUtf8Bytes() throws Exception {
    Path file = dir.resolve("u.sql");
    Files.writeString(file, "-- caf\u00e9 \uD83D\uDE00\n");
    String expected = "sha256-lf:" + java.util.HexFormat.of().formatHex(java.security.MessageDigest
        .getInstance("SHA-256").digest("-- caf\u00e9 \uD83D\uDE00\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(ScriptReader.checksumOf(file)).isEqualTo(expected);
  }
}
