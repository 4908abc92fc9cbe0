package io.github.dbmigrate.engine.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rewrites the action lists some databases allow in {@code ALTER TABLE} into one action per comma,
 * each with its verb, the form {@link AlterTable} reads: Oracle's and H2's parenthesized lists
 * ({@code ADD (a int, b int)}, {@code DROP (a, b)}, {@code MODIFY (a ..., b ...)}, {@code DROP
 * COLUMN (a, b)}) and, for SQL Server and H2, the continuations of a verb ({@code DROP COLUMN a, b},
 * {@code ADD a int, b int}). Tokens keep their lines, so findings point where the names are.
 */
final class AlterActionLists {

  /** How a database writes its lists. */
  record Style(boolean continuations, boolean bareDropIsConstraint) {}

  /** Oracle: parenthesized lists only. */
  static final Style ORACLE = new Style(false, false);
  /** H2: parenthesized lists and continuations. */
  static final Style H2 = new Style(true, false);
  /** SQL Server: continuations; {@code DROP name} drops a constraint. */
  static final Style SQL_SERVER = new Style(true, true);

  /** Words that start an action of their own (a continuation never starts with one of these). */
  private static final Set<String> VERBS = Set.of("ADD", "DROP", "ALTER", "MODIFY", "RENAME", "SET", "WITH",
      "CHECK", "NOCHECK", "ENABLE", "DISABLE", "SWITCH", "REBUILD", "MOVE", "SHRINK", "TRUNCATE", "SPLIT",
      "MERGE", "EXCHANGE", "COALESCE", "LOGGING", "NOLOGGING", "COMPRESS", "NOCOMPRESS", "PARALLEL",
      "NOPARALLEL", "CACHE", "NOCACHE", "READ", "UPGRADE", "DEALLOCATE", "ALLOCATE");

  private AlterActionLists() {}

  /**
   * The tokens of {@code ALTER TABLE name ...} with its lists rewritten, or {@code tokens} itself
   * when the statement is no {@code ALTER TABLE}.
   */
  static List<Token> expand(List<Token> tokens, Style style) {
    TokenCursor c = new TokenCursor(tokens);
    if (!c.accept("ALTER", "TABLE")) {
      return tokens;
    }
    c.accept("IF", "EXISTS");
    c.accept("ONLY");
    if (c.qualifiedName().isEmpty()) {
      return tokens;
    }
    List<Token> rest = c.rest();
    List<List<Token>> out = new ArrayList<>();
    List<Token> carried = null; // the verb a continuation inherits: ADD, or DROP COLUMN / DROP CONSTRAINT
    for (List<Token> action : new TokenCursor(rest).restSplitAtCommas()) {
      Token first = action.get(0);
      if (first.kind() == Token.Kind.WORD && VERBS.contains(first.text())) {
        carried = explicit(action, style, out);
      } else if (style.continuations() && carried != null) {
        List<Token> prefix = carried;
        if (carried.get(0).is("DROP") && (first.is("COLUMN") || first.is("CONSTRAINT"))) {
          prefix = List.of(carried.get(0));
          carried = List.of(carried.get(0), first);
        }
        out.add(prefixed(prefix, action));
      } else {
        out.add(action);
      }
    }
    List<Token> joined = new ArrayList<>(tokens.subList(0, tokens.size() - rest.size()));
    for (int i = 0; i < out.size(); i++) {
      if (i > 0) {
        joined.add(new Token(Token.Kind.PUNCT, ",", out.get(i).get(0).line()));
      }
      joined.addAll(out.get(i));
    }
    return joined;
  }

  /** Writes one action that has its verb; returns what a continuation after it inherits. */
  private static List<Token> explicit(List<Token> action, Style style, List<List<Token>> out) {
    Token verb = action.get(0);
    TokenCursor a = new TokenCursor(action);
    a.next();
    boolean column = a.accept("COLUMN");
    if (verb.is("DROP") && (a.at("UNUSED", "COLUMNS") || a.at("COLUMNS", "CONTINUE"))) {
      return null; // Oracle removes columns already SET UNUSED: their data was lost then
    }
    if ((verb.is("DROP") || verb.is("RENAME")) && (a.at("SUBPARTITION") || a.at("PARTITION"))) {
      return null; // Oracle's partitions, which AlterTable would take for columns
    }
    boolean listed = verb.is("ADD") || verb.is("DROP") || verb.is("MODIFY");
    if (listed && a.peek().isPunct('(')) {
      List<Token> head = column || verb.is("DROP") ? List.of(verb, word("COLUMN", verb)) : List.of(verb);
      for (List<Token> item : new TokenCursor(a.parenthesized()).restSplitAtCommas()) {
        out.add(prefixed(head, item));
      }
      return verb.is("MODIFY") ? null : head;
    }
    if (verb.is("DROP") && !column && style.bareDropIsConstraint() && !a.at("CONSTRAINT") && !a.at("PERIOD")) {
      out.add(prefixed(List.of(verb, word("CONSTRAINT", verb)), action.subList(1, action.size())));
      return List.of(verb, word("CONSTRAINT", verb));
    }
    out.add(action);
    if (verb.is("DROP")) {
      return List.of(verb, word(a.at("CONSTRAINT") ? "CONSTRAINT" : "COLUMN", verb));
    }
    return verb.is("ADD") ? List.of(verb) : null;
  }

  /** {@code words} then {@code action}; the words take the line of the action's first token. */
  private static List<Token> prefixed(List<Token> words, List<Token> action) {
    int line = action.isEmpty() ? words.get(0).line() : action.get(0).line();
    List<Token> out = new ArrayList<>(words.size() + action.size());
    for (Token w : words) {
      out.add(new Token(w.kind(), w.text(), line));
    }
    out.addAll(action);
    return out;
  }

  private static Token word(String text, Token near) {
    return new Token(Token.Kind.WORD, text, near.line());
  }
}
