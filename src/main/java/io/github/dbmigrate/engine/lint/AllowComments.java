package io.github.dbmigrate.engine.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reviewed exceptions written next to a statement: {@code -- dbmigrate:allow <rule-id>: <reason>}
 * in the comment lines right above it, or at the end of its last line (or of the line after it that
 * holds only its terminator). The reason is required: an allow comment without one allows nothing,
 * and the finding says so.
 */
final class AllowComments {

  private static final Pattern ALLOW = Pattern.compile("dbmigrate:allow\\s+([A-Za-z0-9_-]+)\\s*(?::(.*))?");

  /** What the comments next to a statement say about one rule. */
  record Verdict(String reason, boolean missingReason) {
    static final Verdict NONE = new Verdict(null, false);

    boolean allows() {
      return reason != null;
    }
  }

  private static final Pattern TERMINATOR_ALONE = Pattern.compile("(;|/|(?i:go))\\s*(--.*|/\\*.*)?");

  private final String[] lines;
  /** Whether each line (from 0) holds nothing but comment, a block comment's inner lines included. */
  private final boolean[] commentOnly;

  /** {@code script}: the whole script text. */
  AllowComments(String script) {
    this.lines = script.split("\r?\n|\r", -1);
    this.commentOnly = commentOnly(lines);
  }

  /** What the comments around the statement from {@code firstLine} to {@code lastLine} say of {@code ruleId}. */
  Verdict about(String ruleId, int firstLine, int lastLine) {
    Verdict atEnd = find(ruleId, lastLine);
    if (atEnd == Verdict.NONE && terminatorAlone(lastLine + 1)) {
      atEnd = find(ruleId, lastLine + 1);
    }
    if (atEnd != Verdict.NONE) {
      return atEnd;
    }
    for (int line = firstLine - 1; isComment(line); line--) {
      Verdict above = find(ruleId, line);
      if (above != Verdict.NONE) {
        return above;
      }
    }
    return Verdict.NONE;
  }

  /**
   * The rule ids that allow comments in the same places name, for a finding none of them allows: a
   * mistyped id should be pointed out, not silently ignored.
   */
  List<String> idsNamed(int firstLine, int lastLine) {
    List<String> ids = new ArrayList<>();
    named(lastLine, ids);
    if (terminatorAlone(lastLine + 1)) {
      named(lastLine + 1, ids);
    }
    for (int line = firstLine - 1; isComment(line); line--) {
      named(line, ids);
    }
    return ids;
  }

  private void named(int line, List<String> ids) {
    Matcher m = ALLOW.matcher(lines(line));
    while (m.find()) {
      ids.add(m.group(1));
    }
  }

  private Verdict find(String ruleId, int line) {
    String text = lines(line);
    int at = text.indexOf("dbmigrate:allow");
    while (at >= 0) {
      Matcher m = ALLOW.matcher(text);
      if (m.find(at) && m.group(1).equals(ruleId)) {
        String reason = reasonIn(m.group(2));
        return reason.isEmpty() ? new Verdict(null, true) : new Verdict(reason, false);
      }
      at = text.indexOf("dbmigrate:allow", at + 1);
    }
    return Verdict.NONE;
  }

  /** The reason as written: up to the end of the line, or of its block comment. */
  private static String reasonIn(String rest) {
    if (rest == null) {
      return "";
    }
    int close = rest.indexOf("*/");
    return (close < 0 ? rest : rest.substring(0, close)).trim();
  }

  private String lines(int line) {
    return line >= 1 && line <= lines.length ? lines[line - 1] : "";
  }

  /**
   * Whether {@code line} holds only a statement's terminator ({@code ;}, Oracle's {@code /}, T-SQL's
   * {@code GO}) and maybe a comment: the statement above ends there, and so may its allow comment.
   */
  private boolean terminatorAlone(int line) {
    return TERMINATOR_ALONE.matcher(lines(line).strip()).matches();
  }

  private boolean isComment(int line) {
    return line >= 1 && line <= commentOnly.length && commentOnly[line - 1];
  }

  /**
   * Which lines hold only comment. A block comment counts from a line it opens to the line that
   * closes it, when nothing but comment follows there. A line where code follows the comment's end
   * is code, so an allow comment above it never reaches the statement after it.
   */
  private static boolean[] commentOnly(String[] lines) {
    boolean[] comment = new boolean[lines.length];
    boolean inBlock = false;
    for (int i = 0; i < lines.length; i++) {
      String t = lines[i].strip();
      if (inBlock || t.startsWith("/*")) {
        int close = t.indexOf("*/", inBlock ? 0 : 2);
        inBlock = close < 0;
        String after = inBlock ? "" : t.substring(close + 2).strip();
        comment[i] = after.isEmpty() || after.startsWith("--");
      } else {
        comment[i] = t.startsWith("--") || t.startsWith("#") || t.startsWith("*");
      }
    }
    return comment;
  }
}
