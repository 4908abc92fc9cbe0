package io.github.dbmigrate.engine.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads back the one-line JSON objects {@link BuildSummary} writes, one per run: string, number,
 * boolean and null values, no nesting. Anything else is refused, and the summary then starts afresh.
 */
final class FlatJson {

  private final String text;
  private int at;

  private FlatJson(String text) {
    this.text = text;
  }

  /** The object's fields, every value as its text ({@code null} for JSON null). */
  static Map<String, String> parse(String line) {
    FlatJson reader = new FlatJson(line.strip());
    Map<String, String> fields = new LinkedHashMap<>();
    reader.expect('{');
    reader.skipSpace();
    if (reader.peek() == '}') {
      reader.at++;
      return fields;
    }
    while (true) {
      reader.skipSpace();
      String key = reader.string();
      reader.skipSpace();
      reader.expect(':');
      reader.skipSpace();
      fields.put(key, reader.value());
      reader.skipSpace();
      char next = reader.next();
      if (next == '}') {
        return fields;
      }
      if (next != ',') {
        throw new IllegalArgumentException("',' or '}' expected at " + reader.at);
      }
    }
  }

  private String value() {
    if (peek() == '"') {
      return string();
    }
    int start = at;
    while (at < text.length() && ",} ".indexOf(text.charAt(at)) < 0) {
      at++;
    }
    String word = text.substring(start, at);
    if (word.equals("null")) {
      return null;
    }
    if (word.equals("true") || word.equals("false") || word.matches("-?[0-9]+(\\.[0-9]+)?")) {
      return word;
    }
    throw new IllegalArgumentException("a value expected at " + start);
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (true) {
      char c = next();
      if (c == '"') {
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char escaped = next();
      switch (escaped) {
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          if (at + 4 > text.length()) {
            throw new IllegalArgumentException("a short \\u escape at " + at);
          }
          out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          at += 4;
        }
        default -> out.append(escaped); // \" \\ \/
      }
    }
  }

  private void expect(char c) {
    if (next() != c) {
      throw new IllegalArgumentException("'" + c + "' expected at " + (at - 1));
    }
  }

  private char next() {
    if (at >= text.length()) {
      throw new IllegalArgumentException("the line ends early");
    }
    return text.charAt(at++);
  }

  private char peek() {
    return at < text.length() ? text.charAt(at) : '\0';
  }

  private void skipSpace() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }
}
