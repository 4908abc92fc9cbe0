package io.github.dbmigrate.engine.lint;

import java.util.Locale;

/**
 * One token of a statement as the rules read it.
 *
 * @param kind what the token is
 * @param text a {@link Kind#WORD} upper-cased; a {@link Kind#NAME} without its quotes, case kept; a
 *     {@link Kind#STRING}'s content as written; a number or punctuation as written
 * @param line the script line the token is on
 */
public record Token(Kind kind, String text, int line) {

  /** The kinds of token. */
  public enum Kind {
    /** An unquoted word: a keyword or a name. */
    WORD,
    /** A quoted identifier ({@code "x"}, {@code `x`}, {@code [x]}). */
    NAME,
    /** A string literal, dollar-quoted body included. */
    STRING,
    /** A number. */
    NUMBER,
    /** One punctuation character ({@code ( ) , ; .} and operators). */
    PUNCT
  }

  /** Whether this is the word {@code upperCase} (a keyword, never a quoted name). */
  public boolean is(String upperCase) {
    return kind == Kind.WORD && text.equals(upperCase);
  }

  /** Whether this is the punctuation {@code c}. */
  public boolean isPunct(char c) {
    return kind == Kind.PUNCT && text.length() == 1 && text.charAt(0) == c;
  }

  /** Whether this token can name a table or column: a word or a quoted name. */
  public boolean isName() {
    return kind == Kind.WORD || kind == Kind.NAME;
  }

  /**
   * The name this token stands for, as the schema model compares names: an unquoted word in lower
   * case (unquoted names are case-insensitive everywhere the rules look), a quoted one as written.
   */
  public String nameKey() {
    return kind == Kind.WORD ? text.toLowerCase(Locale.ROOT) : text;
  }

  @Override
  public String toString() {
    return text;
  }
}
