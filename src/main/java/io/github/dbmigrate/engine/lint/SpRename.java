package io.github.dbmigrate.engine.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code EXEC sp_rename 'table.column', 'new', 'COLUMN'} and {@code EXEC sp_rename 'table', 'new'}:
 * SQL Server's renames, whose names are strings ({@code N'...'} too), given by position or as
 * {@code @objname}, {@code @newname}, {@code @objtype}. Names held in variables cannot be read and
 * are passed over.
 */
final class SpRename {

  private SpRename() {}

  /** Reads the call where {@code c} stands (after EXEC). */
  static void read(LintStatement statement, TokenCursor c) {
    if (c.peek().isPunct('@')) { // EXEC @status = sp_rename ...
      c.next();
      c.next();
      c.acceptPunct('=');
    }
    if (!"sp_rename".equals(c.objectName())) {
      return;
    }
    String objname = null;
    String newname = null;
    String objtype = null;
    int position = 0;
    for (List<Token> arg : c.restSplitAtCommas()) {
      TokenCursor a = new TokenCursor(arg);
      String param = switch (position++) {
        case 0 -> "OBJNAME";
        case 1 -> "NEWNAME";
        default -> "OBJTYPE";
      };
      if (a.acceptPunct('@')) {
        param = a.next().text();
        a.acceptPunct('=');
      }
      Token value = a.next();
      String text = value.kind() == Token.Kind.STRING ? value.text() : null;
      switch (param) {
        case "OBJNAME" -> objname = text;
        case "NEWNAME" -> newname = text;
        case "OBJTYPE" -> objtype = text;
        default -> { }
      }
    }
    if (objname == null || newname == null) {
      return;
    }
    List<String> path = path(objname);
    String to = key(newname.trim());
    String type = objtype == null ? "" : objtype.trim().toUpperCase(Locale.ROOT);
    Schema schema = statement.schema();
    if (type.equals("COLUMN") && path.size() >= 2) {
      String table = path.get(path.size() - 2);
      String column = path.get(path.size() - 1);
      if (!statement.isNewColumn(table, column)) {
        statement.report(CommonLint.RENAME_COLUMN, "EXEC sp_rename " + table + "." + column + " TO " + to);
      }
      schema.renameColumn(table, column, to);
    } else if ((type.isEmpty() || type.equals("OBJECT")) && !path.isEmpty()) {
      String from = path.get(path.size() - 1);
      if (!statement.isNew(from)) {
        statement.report(CommonLint.RENAME_TABLE, "EXEC sp_rename " + from + " TO " + to
            + (schema.table(from).isPresent() ? "" : " (an object the migration files did not create: renaming"
                + " a table, view or procedure breaks the running release; a constraint's new name does not)"));
      }
      schema.renameTable(from, to);
    }
  }

  /** The parts of {@code schema.table.column}, each as a name key; [x] and "x" keep their case. */
  private static List<String> path(String name) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    char close = 0;
    for (int i = 0; i < name.length(); i++) {
      char ch = name.charAt(i);
      if (close != 0) {
        part.append(ch);
        if (ch == close) {
          close = 0;
        }
      } else if (ch == '.') {
        parts.add(key(part.toString().trim()));
        part.setLength(0);
      } else {
        close = ch == '[' ? ']' : ch == '"' ? '"' : 0;
        part.append(ch);
      }
    }
    parts.add(key(part.toString().trim()));
    return parts;
  }

  /** A name as {@link Token#nameKey()} gives it: a quoted one as written, a plain one in lower case. */
  private static String key(String name) {
    if (name.length() >= 2 && (name.startsWith("[") && name.endsWith("]")
        || name.startsWith("\"") && name.endsWith("\""))) {
      return name.substring(1, name.length() - 1);
    }
    return name.toLowerCase(Locale.ROOT);
  }
}
