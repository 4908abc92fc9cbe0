package io.github.dbmigrate.engine.db.url;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** RFC 3986 percent-decoding that refuses what it cannot read instead of guessing. */
public final class PercentDecoding {

  private PercentDecoding() {}

  /** Why a part of a URL could not be decoded; never holds the text itself. */
  public static final class Unreadable extends Exception {
    Unreadable(String reason) {
      super(reason, null, false, false);
    }
  }

  /** {@code %XX} as UTF-8 bytes; a {@code +} stays a {@code +} (it means a space only in form data). */
  public static String decode(String text) throws Unreadable {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '%') {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        continue;
      }
      if (i + 2 >= text.length() || Character.digit(text.charAt(i + 1), 16) < 0
          || Character.digit(text.charAt(i + 2), 16) < 0) {
        throw new Unreadable("a '%' that is not followed by two hexadecimal digits");
      }
      bytes.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
      i += 2;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
    } catch (CharacterCodingException e) {
      throw new Unreadable("percent-encoded bytes that are not UTF-8");
    }
  }

  /** {@link #decode}, or {@code null} when the text cannot be decoded. */
  static String decodeOrNull(String text) {
    try {
      return decode(text);
    } catch (Unreadable e) {
      return null;
    }
  }

  /** How form-style query decoders (PostgreSQL's driver) read it: {@code +} as a space as well. */
  static String formDecodeOrNull(String text) {
    return decodeOrNull(text.replace('+', ' '));
  }
}
