package io.github.dbmigrate.engine.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A column's type as a migration wrote it: its name in upper case, words joined by one space
 * ({@code CHARACTER VARYING}, {@code TIMESTAMP WITH TIME ZONE}), and its arguments ({@code 255},
 * {@code 10, 2}; {@code MAX} as written). Which types are the same or wider is each database's
 * business ({@link DatabaseLint}); this only records what was written.
 */
public record ColumnType(String name, List<String> args) {

  /** Words that end a type and start a column's constraints or options. */
  private static final Set<String> AFTER_TYPE = Set.of("NOT", "NULL", "DEFAULT", "PRIMARY", "REFERENCES",
      "UNIQUE", "CHECK", "CONSTRAINT", "COLLATE", "GENERATED", "USING", "AUTO_INCREMENT", "COMMENT",
      "IDENTITY", "CHARACTER", "CHARSET", "FIRST", "AFTER", "ON", "AS", "ENCODE", "INVISIBLE", "VISIBLE",
      "SET", "DROP", "SPARSE", "ROWGUIDCOL", "ENABLE", "DISABLE", "STORAGE", "COMPRESSION", "NOCOPY",
      "ENCRYPT", "DECRYPT", "ANNOTATIONS");

  public ColumnType {
    args = List.copyOf(args);
  }

  /**
   * Reads a type where {@code cursor} stands (after the column's name); null when no type comes
   * next. {@code CHARACTER VARYING} and {@code CHARACTER SET} are told apart by what follows.
   */
  public static ColumnType read(TokenCursor cursor) {
    StringBuilder name = new StringBuilder();
    while (cursor.peek().isName()) {
      Token t = cursor.peek();
      boolean characterType = t.is("CHARACTER") && name.length() == 0;
      if (!characterType && AFTER_TYPE.contains(t.text()) && t.kind() == Token.Kind.WORD) {
        break;
      }
      if (name.length() > 0 && name.charAt(name.length() - 1) != '.') { // pg_catalog.text: no space
        name.append(' ');
      }
      name.append(t.text().toUpperCase(Locale.ROOT));
      cursor.next();
      if (cursor.peek().isPunct('.') && cursor.peek(1).isName()) { // a schema-qualified type
        cursor.next();
        name.append('.');
      }
    }
    if (name.length() == 0) {
      return null;
    }
    List<String> args = new ArrayList<>();
    List<Token> inside = cursor.parenthesized();
    StringBuilder arg = new StringBuilder();
    for (Token t : inside) {
      if (t.isPunct(',')) {
        args.add(arg.toString());
        arg.setLength(0);
      } else {
        arg.append(arg.length() == 0 ? "" : " ").append(t.text());
      }
    }
    if (arg.length() > 0) {
      args.add(arg.toString());
    }
    if (cursor.at("WITH", "TIME", "ZONE") || cursor.at("WITHOUT", "TIME", "ZONE")) { // timestamp(3) with time zone
      name.append(' ').append(cursor.next().text()).append(" TIME ZONE");
      cursor.next();
      cursor.next();
    }
    while (cursor.peek().is("UNSIGNED") || cursor.peek().is("ZEROFILL")) { // MySQL: int(10) unsigned
      name.append(' ').append(cursor.next().text());
    }
    while (cursor.peek().isPunct('[')) { // PostgreSQL arrays: int[]
      cursor.next();
      cursor.acceptPunct(']');
      name.append("[]");
    }
    return new ColumnType(name.toString(), args);
  }

  /** The first argument as a number, or -1 when there is none or it is not a number ({@code MAX}). */
  public int length() {
    if (args.isEmpty()) {
      return -1;
    }
    try {
      return Integer.parseInt(args.get(0).trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  @Override
  public String toString() {
    return args.isEmpty() ? name : name + "(" + String.join(",", args) + ")";
  }
}
