package io.github.dbmigrate.engine.files;

import io.github.dbmigrate.engine.DbMigrateException;
import io.github.dbmigrate.engine.FileProblem;
import io.github.dbmigrate.engine.MalformedFiles;
import io.github.dbmigrate.engine.Paths;
import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads a script as strict UTF-8, without a byte-order mark and with CRLF turned into LF, and computes
 * its checksum over exactly that text, so that an editor's line endings or BOM never count as drift.
 *
 * <p>A script of up to 1 MiB is read in one go and checked and digested as bytes before its first
 * statement runs: thousands of small migrations then cost one read each, not a character-by-character
 * walk. A larger script is streamed, so it is never held in memory twice.
 */
public final class ScriptReader extends FilterReader {

  /** The tag stored before every checksum, so a future algorithm can never be mistaken for this one. */
  public static final String CHECKSUM_ALGORITHM = "sha256-lf";

  /** Scripts up to this size are read whole; larger ones are streamed. */
  private static final long WHOLE_FILE_LIMIT = 1 << 20;

  /** Set for a script read whole: its text is already normalised and digested. */
  private final String wholeFileChecksum;
  private final MessageDigest digest;
  private boolean first = true;
  private int lookahead = -2;
  /** For a streamed script to run: its path and the line being read, to name a NUL byte's place. */
  private final Path file;
  private int line = 1;

  private ScriptReader(Reader in, Path file) {
    super(in);
    this.file = file;
    this.wholeFileChecksum = null;
    this.digest = sha256();
  }

  private ScriptReader(String normalisedText, String checksum) {
    super(new StringReader(normalisedText));
    this.file = null;
    this.wholeFileChecksum = checksum;
    this.digest = null;
  }

  /**
   * Opens a script for reading. A script that is not UTF-8 fails here when it is small enough to be
   * read whole, before anything of it runs; a larger one fails when the bad bytes are reached. So
   * does a NUL byte, named with its line.
   */
  public static ScriptReader open(Path file) {
    return open(file, WHOLE_FILE_LIMIT, true);
  }

  /** Opens a script for its checksum only: a NUL byte in an applied script is text like any other. */
  static ScriptReader open(Path file, long wholeFileLimit) {
    return open(file, wholeFileLimit, false);
  }

  static ScriptReader open(Path file, long wholeFileLimit, boolean refuseNul) {
    try {
      byte[] small = readIfAtMost(file, wholeFileLimit);
      if (small != null) {
        byte[] text = normalised(small);
        if (refuseNul) {
          refuseNul(file, text);
        }
        return new ScriptReader(decodeStrictly(text), checksumOfNormalised(text));
      }
      InputStream in = Files.newInputStream(file);
      var decoder = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      // Sized to the file: most scripts are small, and a fixed 64 KiB buffer per file adds up to
      // gigabytes of garbage when thousands of applied files are checksummed for drift.
      int buffer = (int) Math.min(Math.max(Files.size(file), 256), 1 << 16);
      return new ScriptReader(new BufferedReader(new InputStreamReader(in, decoder), buffer), refuseNul ? file : null);
    } catch (AccessDeniedException e) {
      throw new FileProblem(file, Paths.located(file) + ": cannot be read (permission denied). Fix the file's"
          + " permissions and run again.", e);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /** Reads a whole (small) script; for tests and offline checks. */
  public static String readAll(Path file) {
    try (ScriptReader reader = open(file)) {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[8192];
      for (int n; (n = reader.read(buffer, 0, buffer.length)) > 0; ) {
        text.append(buffer, 0, n);
      }
      return text.toString();
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /** Checksum of a file, read the same way as when it runs. */
  public static String checksumOf(Path file) {
    try {
      byte[] small = readIfAtMost(file, WHOLE_FILE_LIMIT);
      if (small != null) {
        byte[] text = normalised(small);
        if (!isAscii(text)) {
          decodeStrictly(text); // only to refuse what is not UTF-8
        }
        return checksumOfNormalised(text);
      }
    } catch (IOException e) {
      throw unreadable(file, e);
    }
    try (ScriptReader reader = open(file, 0)) {
      char[] buffer = new char[8192];
      while (reader.read(buffer, 0, buffer.length) > 0) {
        // reading feeds the digest
      }
      return reader.checksum();
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /** The file's bytes, or null when it is larger than {@code limit}: one open, stat and read. */
  private static byte[] readIfAtMost(Path file, long limit) throws IOException {
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      long size = channel.size();
      if (size > limit) {
        return null;
      }
      ByteBuffer bytes = ByteBuffer.allocate((int) size);
      while (bytes.hasRemaining() && channel.read(bytes) > 0) {
        // a short read only means the file shrank meanwhile
      }
      return bytes.position() == size ? bytes.array() : Arrays.copyOf(bytes.array(), bytes.position());
    }
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The script's bytes without a BOM and with CR LF and lone CR turned into LF. Both are ASCII, and a
   * CR byte never occurs inside a UTF-8 sequence, so this is the UTF-8 of the normalised text.
   */
  private static byte[] normalised(byte[] bytes) {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    byte[] normalised = new byte[bytes.length - start];
    int length = 0;
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == '\r') {
        normalised[length++] = '\n';
        if (i + 1 < bytes.length && bytes[i + 1] == '\n') {
          i++;
        }
      } else {
        normalised[length++] = bytes[i];
      }
    }
    return length == normalised.length ? normalised : Arrays.copyOf(normalised, length);
  }

  private static String decodeStrictly(byte[] utf8) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(utf8))
        .toString();
  }

  private static String checksumOfNormalised(byte[] utf8) {
    return CHECKSUM_ALGORITHM + ":" + HexFormat.of().formatHex(sha256().digest(utf8));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /**
   * Fails on the first NUL byte: drivers cut the statement there or drop the connection, so it must
   * stop the script before anything of it runs.
   */
  private static void refuseNul(Path file, byte[] text) {
    int line = 1;
    for (byte b : text) {
      if (b == '\n') {
        line++;
      } else if (b == 0) {
        throw nulByte(file, line);
      }
    }
  }

  private static MalformedFiles nulByte(Path file, int line) {
    String problem = Paths.located(file) + ": line " + line + " contains a NUL byte, which no database accepts in SQL"
        + " text; remove it (for binary data use the database's escape syntax) and run again.";
    return new MalformedFiles(List.of(problem), problem, null);
  }

  /** Turns a read failure into a message naming the file; non-UTF-8 bytes get their own advice. */
  public static DbMigrateException unreadable(Path file, IOException e) {
    if (e instanceof CharacterCodingException) {
      return new MalformedFiles(List.of(Paths.located(file) + ": is not valid UTF-8"),
          Paths.located(file) + ": is not valid UTF-8. Save the file as UTF-8 and run"
          + " again; nothing of it was applied.", e);
    }
    return new FileProblem(file, Paths.located(file) + ": cannot be read: " + e.getMessage(), e);
  }

  /** The checksum of everything read so far, as {@code sha256-lf:<hex>}. */
  public String checksum() {
    if (wholeFileChecksum != null) {
      return wholeFileChecksum;
    }
    flushDigest();
    return CHECKSUM_ALGORITHM + ":" + HexFormat.of().formatHex(digest.digest());
  }

  @Override
  public int read() throws IOException {
    if (wholeFileChecksum != null) {
      return in.read();
    }
    int c = nextNormalized();
    if (c >= 0) {
      feed((char) c);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (wholeFileChecksum != null) {
      return in.read(buffer, offset, length);
    }
    int count = 0;
    while (count < length) {
      int c = nextNormalized();
      if (c < 0) {
        return count == 0 ? -1 : count;
      }
      buffer[offset + count++] = (char) c;
      feed((char) c);
    }
    return count;
  }

  private int nextNormalized() throws IOException {
    int c = rawNext();
    if (first) {
      first = false;
      if (c == '\uFEFF') {
        c = rawNext();
      }
    }
    if (c == '\r') {
      int next = rawNext();
      if (next != '\n') {
        lookahead = next;
      }
      c = '\n';
    }
    if (c == '\n') {
      line++;
    } else if (c == 0 && file != null) {
      throw nulByte(file, line);
    }
    return c;
  }

  private int rawNext() throws IOException {
    if (lookahead != -2) {
      int c = lookahead;
      lookahead = -2;
      return c;
    }
    return in.read();
  }

  /** UTF-8 bytes waiting for the digest: one update per few kilobytes, not one per character. */
  private final byte[] pending = new byte[4096];
  private int pendingLength;
  private char highSurrogate;

  private void feed(char c) {
    if (Character.isHighSurrogate(c)) {
      highSurrogate = c;
      return;
    }
    int codePoint = highSurrogate != 0 && Character.isLowSurrogate(c)
        ? Character.toCodePoint(highSurrogate, c) : c;
    highSurrogate = 0;
    if (pendingLength > pending.length - 4) {
      flushDigest();
    }
    pendingLength += encode(codePoint, pending, pendingLength);
  }

  private void flushDigest() {
    digest.update(pending, 0, pendingLength);
    pendingLength = 0;
  }

  private static int encode(int cp, byte[] out, int at) {
    if (cp < 0x80) {
      out[at] = (byte) cp;
      return 1;
    }
    if (cp < 0x800) {
      out[at] = (byte) (0xC0 | cp >> 6);
      out[at + 1] = (byte) (0x80 | cp & 0x3F);
      return 2;
    }
    if (cp < 0x10000) {
      out[at] = (byte) (0xE0 | cp >> 12);
      out[at + 1] = (byte) (0x80 | cp >> 6 & 0x3F);
      out[at + 2] = (byte) (0x80 | cp & 0x3F);
      return 3;
    }
    out[at] = (byte) (0xF0 | cp >> 18);
    out[at + 1] = (byte) (0x80 | cp >> 12 & 0x3F);
    out[at + 2] = (byte) (0x80 | cp >> 6 & 0x3F);
    out[at + 3] = (byte) (0x80 | cp & 0x3F);
    return 4;
  }
}
