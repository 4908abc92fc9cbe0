package io.github.dbmigrate.engine.inspect;

import java.util.ArrayList;
import java.util.List;

/**
 * Left-aligned columns as wide as their widest cell: nothing is ever cut, a long value widens its
 * column. Control characters in a cell (a hand-edited row) are shown escaped so a row stays one line.
 */
final class TextTable {

  private final List<String[]> rows = new ArrayList<>();
  private final int columns;

  TextTable(String... header) {
    columns = header.length;
    rows.add(header);
  }

  void add(String... cells) {
    String[] row = new String[columns];
    for (int i = 0; i < columns; i++) {
      row[i] = i < cells.length && cells[i] != null ? oneLine(cells[i]) : "";
    }
    rows.add(row);
  }

  List<String> lines() {
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    List<String> lines = new ArrayList<>(rows.size());
    StringBuilder text = new StringBuilder();
    for (String[] row : rows) {
      text.setLength(0);
      for (int i = 0; i < columns; i++) {
        text.append(row[i]);
        if (i < columns - 1) {
          text.append(" ".repeat(widths[i] - row[i].length() + 2));
        }
      }
      lines.add(text.toString().stripTrailing());
    }
    return lines;
  }

  static String oneLine(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (char c : value.toCharArray()) {
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return out.toString();
  }
}
