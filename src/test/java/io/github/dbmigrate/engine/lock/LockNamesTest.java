package io.github.dbmigrate.engine.lock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Lock names are cut to the bytes a database allows: a name that fits is kept as it is, a longer
 * one keeps as much of its start as fits before a hash of the whole name, and never ends in half
 * a character.
 */
class LockNamesTest {

  /** "#" and 24 hex digits of the hash. */
  private static final int HASH = 25;

  @Test
  void aNameOfExactlyTheMaximumIsKept() {
    String name = "x".repeat(64);
    assertThat(LockNames.fit(name, 64)).isEqualTo(name);
    String accented = "é".repeat(32); // 64 bytes in UTF-8
    assertThat(LockNames.fit(accented, 64)).isEqualTo(accented);
  }

  @Test
  void aNameOneByteOverKeepsAllThatFitsBeforeTheHash() {
    String name = "dbmigrate:" + "x".repeat(55); // 65 bytes
    String fitted = LockNames.fit(name, 64);

    assertThat(fitted).isEqualTo(name.substring(0, 64 - HASH) + "#" + LockNames.sha256Hex(name).substring(0, 24));
    assertThat(utf8Length(fitted)).isEqualTo(64);
  }

  @Test
  void namesSharingTheirStartStillDiffer() {
    String common = "dbmigrate:" + "x".repeat(100);
    assertThat(LockNames.fit(common + ":a", 64)).isNotEqualTo(LockNames.fit(common + ":b", 64));
  }

  @Test
  void aCutFallingInsideASurrogatePairDropsTheWholeCharacter() {
    String name = "a".repeat(64 - HASH - 1) + "\uD83D\uDE00" + "tail".repeat(10);
    String fitted = LockNames.fit(name, 64);

    assertThat(fitted).isEqualTo("a".repeat(64 - HASH - 1) + "#" + LockNames.sha256Hex(name).substring(0, 24));
    assertThat(utf8Length(fitted)).isLessThanOrEqualTo(64);
  }

  @Test
  void aCutBetweenMultiByteCharactersCountsBytesNotCharacters() {
    String name = "ä".repeat(50); // 100 bytes
    String fitted = LockNames.fit(name, 64);

    assertThat(fitted).startsWith("ä".repeat(19) + "#").hasSize(19 + HASH);
    assertThat(utf8Length(fitted)).isEqualTo(63);
  }

  @Test
  void theHashIsTheSha256OfTheUtf8Bytes() {
    assertThat(LockNames.sha256Hex("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  private static int utf8Length(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
