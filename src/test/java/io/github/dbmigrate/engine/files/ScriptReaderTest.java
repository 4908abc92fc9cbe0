package io.github.dbmigrate.engine.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
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
    assertThat(ScriptReader.readAll(crlf)).isEqualTo(ScriptReader.readAll(lf))
        .isEqualTo("CREATE TABLE t (id int);\nINSERT INTO t VALUES (1);\n");
  }

  @Test
  void aFileHoldingOnlyAByteOrderMarkIsAnEmptyScript() throws Exception {
    Path bomOnly = dir.resolve("bom.sql");
    Path empty = dir.resolve("empty.sql");
    Files.write(bomOnly, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    Files.write(empty, new byte[0]);

    assertThat(ScriptReader.readAll(bomOnly)).isEmpty();
    assertThat(ScriptReader.readAll(empty)).isEmpty();
    assertThat(ScriptReader.checksumOf(bomOnly)).isEqualTo(ScriptReader.checksumOf(empty))
        .isEqualTo(sha256Lf(""));
  }

  @Test
  void aScriptOverOneMebibyteIsStreamedToTheSameChecksum() throws Exception {
    String line = "INSERT INTO t VALUES ('caf\u00e9');\n";
    String text = line.repeat((1 << 20) / line.length() + 1);
    Path big = dir.resolve("big.sql");
    Files.writeString(big, text.replace("\n", "\r\n"));

    assertThat(Files.size(big)).isGreaterThan(1 << 20);
    assertThat(ScriptReader.checksumOf(big)).isEqualTo(sha256Lf(text));
  }

  @Test
  void aFileExactlyAtTheWholeFileLimitIsStillCheckedBeforeReading() throws Exception {
    Path bad = dir.resolve("bad.sql");
    Files.write(bad, "SELECT 'caf\u00e9';".getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(() -> ScriptReader.open(bad, Files.size(bad)))
        .hasMessageContaining("is not valid UTF-8");
  }

  @Test
  void aFileOfOnlyNonAsciiBytesIsStillCheckedForUtf8() throws Exception {
    Path latin1 = dir.resolve("latin1.sql");
    Files.write(latin1, "\u00e9\u00e8".getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(() -> ScriptReader.checksumOf(latin1)).hasMessageContaining("is not valid UTF-8");
  }

  @Test
  void aStreamedChecksumEncodesEachUtf8WidthUpToItsLastCharacter() throws Exception {
    // the first and last code point of each UTF-8 length, and a NUL
    String text = "\u0000 \u007F \u0080 \u07FF \u0800 \uFFFF \uD800\uDC00 \uDBFF\uDFFF\n";
    Path file = dir.resolve("widths.sql");
    Files.writeString(file, text);

    assertThat(streamOneByOne(file)).isEqualTo(sha256Lf(text));
    try (ScriptReader reader = ScriptReader.open(file, 0)) {
      char[] buffer = new char[64];
      assertThat(reader.read(buffer, 0, buffer.length)).isEqualTo(text.length());
      assertThat(new String(buffer, 0, text.length())).isEqualTo(text);
      assertThat(reader.checksum()).isEqualTo(sha256Lf(text));
    }
    assertThat(ScriptReader.checksumOf(file)).isEqualTo(sha256Lf(text));
  }

  private static String streamOneByOne(Path file) throws Exception {
    try (ScriptReader reader = ScriptReader.open(file, 0)) {
      while (reader.read() >= 0) {
        // reading feeds the digest
      }
      return reader.checksum();
    }
  }

  private static String sha256Lf(String text) throws Exception {
    return "sha256-lf:" + HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aScriptReadWholeGivesTheSameTextAndChecksumAsOneStreamed() throws Exception {
    Path small = dir.resolve("small.sql");
    Files.write(small, "\uFEFFa\r\nb\rc\n\r\n\u00e9\uD83D\uDE00\r".getBytes(StandardCharsets.UTF_8));
    StringBuilder streamedText = new StringBuilder();
    String streamed;
    try (ScriptReader reader = ScriptReader.open(small, 0)) {
      for (int c; (c = reader.read()) >= 0; ) {
        streamedText.append((char) c);
      }
      streamed = reader.checksum();
    }
    StringBuilder wholeText = new StringBuilder();
    String whole;
    try (ScriptReader reader = ScriptReader.open(small)) {
      char[] buffer = new char[4];
      for (int n; (n = reader.read(buffer, 0, buffer.length)) > 0; ) {
        wholeText.append(buffer, 0, n);
      }
      whole = reader.checksum();
    }
    assertThat(streamedText.toString()).isEqualTo("a\nb\nc\n\n\u00e9\uD83D\uDE00\n");
    assertThat(wholeText.toString()).isEqualTo(streamedText.toString());
    assertThat(whole).isEqualTo(streamed);
    assertThat(ScriptReader.checksumOf(small)).isEqualTo(streamed);
  }

  @Test
  void aSmallNonUtf8ScriptFailsWhenOpenedBeforeAnyStatementIsRead() throws Exception {
    Path bad = dir.resolve("bad.sql");
    Files.write(bad, ("CREATE TABLE t (id int);\nINSERT INTO t VALUES ('caf\u00e9');")
        .getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(() -> ScriptReader.open(bad))
        .hasMessageContaining("bad.sql")
        .hasMessageContaining("is not valid UTF-8");
  }

  @Test
  void nonUtf8BytesAreAClearError() throws Exception {
    Path latin1 = dir.resolve("latin1.sql");
    Files.write(latin1, "INSERT INTO t VALUES ('caf\u00e9');".getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(() -> ScriptReader.readAll(latin1))
        .hasMessageContaining("latin1.sql")
        .hasMessageContaining("is not valid UTF-8");
    assertThatThrownBy(() -> ScriptReader.checksumOf(latin1))
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

  @Test
  void aStreamedChecksumCoversEveryByteOfALongScriptInEveryUtf8Width() throws Exception {
    // Well past the 4 KB the digest is fed in, and with characters of one to four UTF-8 bytes
    // falling on every offset of that buffer.
    StringBuilder text = new StringBuilder();
    for (int i = 0; text.length() < 20_000; i++) {
      text.append("INSERT INTO t VALUES (").append(i).append(", 'caf\u00e9 \u20ac \u65e5\u672c \uD83D\uDE00');\n");
      text.append("x".repeat(i % 4));
    }
    Path file = dir.resolve("long.sql");
    Files.writeString(file, text.toString().replace("\n", "\r\n"));
    String expected = "sha256-lf:" + java.util.HexFormat.of().formatHex(java.security.MessageDigest
        .getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));

    StringBuilder read = new StringBuilder();
    String streamed;
    try (ScriptReader reader = ScriptReader.open(file, 0)) {
      char[] buffer = new char[777];
      for (int n; (n = reader.read(buffer, 0, buffer.length)) > 0; ) {
        read.append(buffer, 0, n);
      }
      streamed = reader.checksum();
    }

    assertThat(read.toString()).isEqualTo(text.toString());
    assertThat(streamed).isEqualTo(expected);
    assertThat(ScriptReader.checksumOf(file)).isEqualTo(expected);
  }

  @Test
  void aNulByteIsRefusedWithItsFileAndLineWhetherReadWholeOrStreamed() throws Exception {
    Path script = dir.resolve("nul.sql");
    Files.writeString(script, "CREATE TABLE t (id int);\r\nINSERT INTO t VALUES ('a\u0000b');\n");

    assertThatThrownBy(() -> ScriptReader.open(script))
        .isInstanceOf(io.github.dbmigrate.engine.MalformedFiles.class)
        .hasMessage(script + ": line 2 contains a NUL byte, which no database accepts in SQL text;"
            + " remove it (for binary data use the database's escape syntax) and run again.");
    assertThatThrownBy(() -> {
      try (ScriptReader reader = ScriptReader.open(script, 0, true)) {
        while (reader.read() >= 0) {
          // reads up to the NUL
        }
      }
    }).isInstanceOf(io.github.dbmigrate.engine.MalformedFiles.class)
        .hasMessageStartingWith(script + ": line 2 contains a NUL byte");
    // an applied script's checksum still reads it, as before
    assertThat(ScriptReader.checksumOf(script)).startsWith("sha256-lf:");
  }
}
