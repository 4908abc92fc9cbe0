package io.github.dbmigrate.engine.sql;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * What the tokens seen so far say about the statement being read: is it a PL/SQL unit, a stored
 * program with a {@code BEGIN ... END} body, a {@code COPY ... FROM STDIN}? Fed one token at a time
 * (words upper-cased, punctuation, literals); comments and whitespace are never fed.
 *
 * <p>The point of all this is to know when a {@code ;} is text rather than the end of the
 * statement.
 */
final class StatementShape {

  /** Object kinds that may follow {@code CREATE}; the first one seen decides the statement kind. */
  private static final Set<String> OBJECT_KINDS =
      Set.of(
          ("TABLE VIEW INDEX SEQUENCE SYNONYM SCHEMA DATABASE USER ROLE DOMAIN EXTENSION"
                  + " MATERIALIZED TABLESPACE DIRECTORY CONTEXT CLUSTER TYPE FUNCTION PROCEDURE"
                  + " PACKAGE TRIGGER EVENT LIBRARY JAVA RULE POLICY SERVER COLLATION CAST OPERATOR"
                  + " PUBLICATION SUBSCRIPTION STATISTICS ALIAS CONSTANT LOGFILE")
              .split(" "));

  /** Kinds that SQL*Plus treats as PL/SQL: their text ends only at a {@code /} line. */
  private static final Set<String> PLSQL_UNIT_KINDS =
      Set.of("FUNCTION", "PROCEDURE", "PACKAGE", "TRIGGER", "TYPE", "LIBRARY", "JAVA");

  /** Only the first few words of a CREATE statement are searched for its kind. */
  private static final int KIND_SEARCH_WORDS = 12;

  /** Tokens after which a new statement starts inside a compound body. */
  private static final Set<String> STATEMENT_STARTERS =
      Set.of(";", "BEGIN", "THEN", "ELSE", "DO", ":", "LOOP", "REPEAT");

  /** Tokens after which a trigger's or event's body starts ({@code FOR EACH ROW}, {@code DO}). */
  private static final Set<String> BODY_STARTERS = Set.of("ROW", "DO", ":");

  /** Statements that open a block closed by {@code END <same word>} (MySQL, MariaDB). */
  private static final Set<String> COMPOUND_OPENERS =
      Set.of("IF", "LOOP", "WHILE", "REPEAT", "FOR");

  /** Words that complete an {@code END} ({@code END IF}, {@code END CASE}, ...). */
  private static final Set<String> END_SUFFIXES =
      Set.of("IF", "LOOP", "WHILE", "REPEAT", "FOR", "CASE");

  private static final String LITERAL = "'";

  /** What the statement turned out to be. */
  enum Kind {
    PLAIN,
    /** A stored program whose {@code BEGIN ... END} blocks hide {@code ;}. */
    BLOCK_PROGRAM,
    /** Oracle PL/SQL: {@code ;} is always text, only a {@code /} line ends it. */
    PLSQL_UNIT,
    /** Oracle Java source: not SQL at all, copied verbatim up to the {@code /} line. */
    JAVA_SOURCE
  }

  /** An open block; the kind of CASE matters because {@code THEN IF(} differs inside them. */
  private enum Block {
    BEGIN,
    CASE_STATEMENT,
    CASE_EXPRESSION,
    COMPOUND
  }

  private final SplitRules rules;
  private final Deque<Block> blocks = new ArrayDeque<>();
  private Kind kind;
  private boolean searchingKind;
  private int words;
  private String firstWord;
  private String lastToken;
  private int firstBlockLine;
  private int parenDepth;
  private boolean semicolonHiddenByParentheses;
  private boolean copyFromStdin;

  StatementShape(SplitRules rules) {
    this.rules = rules;
    reset();
  }

  /** Forgets everything, for the next statement. */
  void reset() {
    blocks.clear();
    kind = Kind.PLAIN;
    searchingKind = false;
    words = 0;
    firstWord = "";
    lastToken = "";
    firstBlockLine = 0;
    parenDepth = 0;
    semicolonHiddenByParentheses = false;
    copyFromStdin = false;
  }

  /** A word (keyword, identifier or number), upper-cased, starting on {@code line}. */
  void onWord(String word, int line) {
    words++;
    if (words == 1) {
      firstWord = word;
      classifyByFirstWord(word, line);
    } else if (words == 2 && isAnonymousCompoundBlock(word)) {
      kind = Kind.BLOCK_PROGRAM;
      open(Block.BEGIN, firstBlockLine);
    } else if (searchingKind) {
      classifyByObjectKind(word);
    }
    if (kind == Kind.BLOCK_PROGRAM) {
      trackBlocks(word, line);
    }
    if (rules.copyFromStdin()
        && "COPY".equals(firstWord)
        && "FROM".equals(lastToken)
        && "STDIN".equals(word)) {
      copyFromStdin = true;
    }
    lastToken = word;
  }

  /** A character that is neither part of a word, a literal, whitespace nor a comment. */
  void onPunctuation(char c) {
    if (c == '(') {
      parenDepth++;
    } else if (c == ')' && parenDepth > 0) {
      parenDepth--;
    }
    lastToken = String.valueOf(c);
  }

  /** A string, quoted identifier or dollar-quoted body. */
  void onLiteral() {
    lastToken = LITERAL;
  }

  /** Whether a {@code ;} here is part of the statement rather than its end. */
  boolean semicolonIsText() {
    if (kind == Kind.PLSQL_UNIT || kind == Kind.JAVA_SOURCE || !blocks.isEmpty()) {
      return true;
    }
    if (rules.semicolonInParenthesesIsText() && parenDepth > 0) {
      semicolonHiddenByParentheses = true;
      return true;
    }
    return false;
  }

  /** Oracle Java source, which the scanner copies verbatim because it is not SQL. */
  boolean isVerbatim() {
    return kind == Kind.JAVA_SOURCE;
  }

  Kind kind() {
    return kind;
  }

  /** PostgreSQL {@code COPY ... FROM STDIN}, whose data lines follow the statement. */
  boolean isCopyFromStdin() {
    return copyFromStdin;
  }

  /** The line of the outermost block still open, or 0 when all blocks are closed. */
  int openBlockLine() {
    return blocks.isEmpty() ? 0 : firstBlockLine;
  }

  /** Whether unbalanced parentheses have turned a {@code ;} into text. */
  boolean semicolonHiddenByParentheses() {
    return semicolonHiddenByParentheses && parenDepth > 0;
  }

  private void classifyByFirstWord(String word, int line) {
    firstBlockLine = line;
    if ("CREATE".equals(word)) {
      searchingKind = true;
    } else if (rules.slashTerminatedPlsql() && ("DECLARE".equals(word) || "BEGIN".equals(word))) {
      kind = Kind.PLSQL_UNIT;
    }
  }

  /** MariaDB's {@code BEGIN NOT ATOMIC ... END} outside any stored program. */
  private boolean isAnonymousCompoundBlock(String secondWord) {
    return rules.compoundStatements() && "BEGIN".equals(firstWord) && "NOT".equals(secondWord);
  }

  private void classifyByObjectKind(String word) {
    if (words > KIND_SEARCH_WORDS) {
      searchingKind = false;
      return;
    }
    if (!OBJECT_KINDS.contains(word)) {
      return; // a modifier such as OR REPLACE, EDITIONABLE, TEMP, DEFINER = ...
    }
    searchingKind = false;
    if (rules.slashTerminatedPlsql() && PLSQL_UNIT_KINDS.contains(word)) {
      kind = "JAVA".equals(word) ? Kind.JAVA_SOURCE : Kind.PLSQL_UNIT;
    } else if (rules.beginEndBodies().contains(word)) {
      kind = Kind.BLOCK_PROGRAM;
    }
  }

  private void trackBlocks(String word, int line) {
    if ("END".equals(lastToken) && END_SUFFIXES.contains(word)) {
      return; // END IF, END CASE...: the END already closed the block
    }
    switch (word) {
      case "BEGIN" -> open(Block.BEGIN, line);
      case "END" -> {
        if (!blocks.isEmpty()) {
          blocks.pop();
        }
      }
      case "CASE" -> {
        boolean statement = blocks.isEmpty() ? atBodyStart() : atStatementStart();
        if (statement) {
          open(Block.CASE_STATEMENT, line);
        } else if (!blocks.isEmpty()) {
          open(Block.CASE_EXPRESSION, line);
        }
      }
      default -> {
        if (rules.compoundStatements()
            && COMPOUND_OPENERS.contains(word)
            && (blocks.isEmpty() ? atBodyStart() : atStatementStart())) {
          open(Block.COMPOUND, line);
        }
      }
    }
  }

  private void open(Block block, int line) {
    if (blocks.isEmpty()) {
      firstBlockLine = line;
    }
    blocks.push(block);
  }

  /** Inside a body: does the current word begin a statement? */
  private boolean atStatementStart() {
    if (!rules.compoundStatements() || !STATEMENT_STARTERS.contains(lastToken)) {
      return false;
    }
    // In "CASE WHEN a THEN IF(b, 1, 2) END" the IF is a function, not a statement.
    boolean inCaseExpression = blocks.peek() == Block.CASE_EXPRESSION;
    return !(inCaseExpression && ("THEN".equals(lastToken) || "ELSE".equals(lastToken)));
  }

  /** Outside any block: does the current word begin a trigger's or event's body? */
  private boolean atBodyStart() {
    return rules.compoundStatements() && BODY_STARTERS.contains(lastToken);
  }
}
