package io.github.dbmigrate.engine.sql;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How one database's scripts are cut into statements: the dialect hooks of {@link
 * StatementSplitter}'s single tokenizer.
 *
 * <p>Every script, whatever the rules, has single-quoted strings with doubled quotes, double-quoted
 * identifiers, {@code --} line comments and <code>/* *&#47;</code> block comments. The flags below
 * add what each database's own client (psql, SQL*Plus, sqlcmd, mysql, sqlite3) understands on top.
 * Start from a factory such as {@link #postgres()} and adjust with {@link #toBuilder()}.
 *
 * @param semicolonDelimiter {@code ;} ends a statement (false for SQL Server, where only {@code GO}
 *     lines split)
 * @param goBatches a line holding only {@code GO [count]} ends a batch, as in sqlcmd; a count
 *     repeats the batch
 * @param slashTerminatedPlsql Oracle: PL/SQL units ({@code CREATE FUNCTION/PROCEDURE/PACKAGE/
 *     TRIGGER/TYPE/LIBRARY/JAVA}, {@code DECLARE}/{@code BEGIN} blocks) end only at a line holding
 *     {@code /}; a {@code /} line also ends a plain statement, and is ignored when nothing is
 *     pending
 * @param delimiterCommand MySQL client's {@code DELIMITER xx} lines change the statement delimiter
 * @param copyFromStdin PostgreSQL: {@code COPY ... FROM STDIN;} is followed by data lines up to
 *     {@code \.}, which become the statement's {@link SqlStatement#copyData()}
 * @param semicolonInParenthesesIsText as psql: a {@code ;} inside parentheses does not end the
 *     statement (for example {@code CREATE RULE ... DO (a; b)})
 * @param beginEndBodies object kinds after {@code CREATE} (upper case, such as {@code PROCEDURE})
 *     whose {@code BEGIN ... END} body is one statement even though it contains {@code ;}
 * @param compoundStatements MySQL/MariaDB: inside such bodies, {@code IF/LOOP/WHILE/REPEAT/FOR ...
 *     END IF/...} and {@code CASE ... END CASE} nest, and {@code BEGIN NOT ATOMIC ... END} is a
 *     block
 * @param backslashEscapes a backslash escapes the next character in {@code '...'} strings (and in
 *     {@code "..."} strings when {@link #doubleQuotedStrings()}); with {@code
 *     followsStandardConformingStrings}, only until the script says otherwise
 * @param followsStandardConformingStrings PostgreSQL as psql: the script's own {@code SET
 *     standard_conforming_strings = off | on} (also {@code TO}, {@code SESSION}, {@code LOCAL}, {@code
 *     DEFAULT} and {@code RESET}) switches backslash escapes in later {@code '...'} strings on or off,
 *     from the statement after it
 * @param escapeStringPrefix PostgreSQL's {@code E'...'} strings, where backslash escapes
 * @param dollarQuotes which {@code $...$} quoting the database has
 * @param qQuotes Oracle's alternative quoting {@code q'[...]'}, {@code nq'{...}'} and so on
 * @param doubleQuotedStrings {@code "..."} is a string, not an identifier (MySQL)
 * @param backtickIdentifiers {@code `identifiers`} with doubled backticks
 * @param bracketIdentifiers {@code [identifiers]} with doubled {@code ]]}
 * @param nestedBlockComments <code>/* /* *&#47; *&#47;</code> nests (PostgreSQL, SQL Server)
 * @param hashComments {@code #} starts a line comment (MySQL)
 * @param dashCommentNeedsSpace {@code --} starts a comment only when followed by whitespace or a
 *     control character (MySQL; {@code 1--1} is arithmetic there)
 * @param executableComments MySQL's <code>/*! ... *&#47;</code> and MariaDB's <code>/*M! ...
 *     *&#47;</code> are SQL, kept in the statement text
 */
public record SplitRules(
    boolean semicolonDelimiter,
    boolean goBatches,
    boolean slashTerminatedPlsql,
    boolean delimiterCommand,
    boolean copyFromStdin,
    boolean semicolonInParenthesesIsText,
    Set<String> beginEndBodies,
    boolean compoundStatements,
    boolean backslashEscapes,
    boolean followsStandardConformingStrings,
    boolean escapeStringPrefix,
    DollarQuotes dollarQuotes,
    boolean qQuotes,
    boolean doubleQuotedStrings,
    boolean backtickIdentifiers,
    boolean bracketIdentifiers,
    boolean nestedBlockComments,
    boolean hashComments,
    boolean dashCommentNeedsSpace,
    boolean executableComments) {

  /** Which dollar quoting a dialect has. */
  public enum DollarQuotes {
    /** {@code $} is an ordinary character. */
    NONE,
    /** Only {@code $$ ... $$} (H2). */
    DOUBLE_DOLLAR_ONLY,
    /** {@code $$ ... $$} and {@code $tag$ ... $tag$} (PostgreSQL); {@code $1} is a parameter. */
    TAGGED
  }

  /** Normalizes {@code beginEndBodies} to an immutable upper-case set. */
  public SplitRules {
    Objects.requireNonNull(dollarQuotes, "dollarQuotes");
    beginEndBodies =
        beginEndBodies == null
            ? Set.of()
            : beginEndBodies.stream()
                .map(kind -> kind.toUpperCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * PostgreSQL as psql reads it: dollar quotes, {@code E''}, nested comments, COPY data, and {@code
   * '...'} strings without backslash escapes until a {@code SET standard_conforming_strings = off}.
   */
  public static SplitRules postgres() {
    return builder()
        .dollarQuotes(DollarQuotes.TAGGED)
        .escapeStringPrefix(true)
        .followsStandardConformingStrings(true)
        .nestedBlockComments(true)
        .beginEndBodies(Set.of("FUNCTION", "PROCEDURE"))
        .copyFromStdin(true)
        .semicolonInParenthesesIsText(true)
        .build();
  }

  /** H2: the common rules plus {@code $$ ... $$} strings. */
  public static SplitRules h2() {
    return builder().dollarQuotes(DollarQuotes.DOUBLE_DOLLAR_ONLY).build();
  }

  /** Oracle as SQL*Plus reads it: {@code /} after PL/SQL units, q-quotes. */
  public static SplitRules oracle() {
    return builder().slashTerminatedPlsql(true).qQuotes(true).build();
  }

  /** SQL Server as sqlcmd reads it: only {@code GO} lines split. */
  public static SplitRules sqlServer() {
    return builder()
        .semicolonDelimiter(false)
        .goBatches(true)
        .bracketIdentifiers(true)
        .nestedBlockComments(true)
        .build();
  }

  /** MySQL and MariaDB as the mysql client reads them, plus stored programs without DELIMITER. */
  public static SplitRules mysql() {
    return builder()
        .delimiterCommand(true)
        .hashComments(true)
        .dashCommentNeedsSpace(true)
        .backtickIdentifiers(true)
        .backslashEscapes(true)
        .doubleQuotedStrings(true)
        .executableComments(true)
        .beginEndBodies(Set.of("PROCEDURE", "FUNCTION", "TRIGGER", "EVENT"))
        .compoundStatements(true)
        .build();
  }

  /** SQLite: {@code CREATE TRIGGER ... BEGIN ... END;} is one statement. */
  public static SplitRules sqlite() {
    return builder()
        .beginEndBodies(Set.of("TRIGGER"))
        .backtickIdentifiers(true)
        .bracketIdentifiers(true)
        .build();
  }

  /** A builder with only the common rules ({@code ;} delimiter, standard strings and comments). */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these rules, to change a flag or two. */
  public Builder toBuilder() {
    return new Builder()
        .semicolonDelimiter(semicolonDelimiter)
        .goBatches(goBatches)
        .slashTerminatedPlsql(slashTerminatedPlsql)
        .delimiterCommand(delimiterCommand)
        .copyFromStdin(copyFromStdin)
        .semicolonInParenthesesIsText(semicolonInParenthesesIsText)
        .beginEndBodies(beginEndBodies)
        .compoundStatements(compoundStatements)
        .backslashEscapes(backslashEscapes)
        .followsStandardConformingStrings(followsStandardConformingStrings)
        .escapeStringPrefix(escapeStringPrefix)
        .dollarQuotes(dollarQuotes)
        .qQuotes(qQuotes)
        .doubleQuotedStrings(doubleQuotedStrings)
        .backtickIdentifiers(backtickIdentifiers)
        .bracketIdentifiers(bracketIdentifiers)
        .nestedBlockComments(nestedBlockComments)
        .hashComments(hashComments)
        .dashCommentNeedsSpace(dashCommentNeedsSpace)
        .executableComments(executableComments);
  }

  /** Mutable builder for {@link SplitRules}; each setter names the record component it sets. */
  public static final class Builder {
    private boolean semicolonDelimiter = true;
    private boolean goBatches;
    private boolean slashTerminatedPlsql;
    private boolean delimiterCommand;
    private boolean copyFromStdin;
    private boolean semicolonInParenthesesIsText;
    private Set<String> beginEndBodies = Set.of();
    private boolean compoundStatements;
    private boolean backslashEscapes;
    private boolean followsStandardConformingStrings;
    private boolean escapeStringPrefix;
    private DollarQuotes dollarQuotes = DollarQuotes.NONE;
    private boolean qQuotes;
    private boolean doubleQuotedStrings;
    private boolean backtickIdentifiers;
    private boolean bracketIdentifiers;
    private boolean nestedBlockComments;
    private boolean hashComments;
    private boolean dashCommentNeedsSpace;
    private boolean executableComments;

    private Builder() {}

    public Builder semicolonDelimiter(boolean value) {
      semicolonDelimiter = value;
      return this;
    }

    public Builder goBatches(boolean value) {
      goBatches = value;
      return this;
    }

    public Builder slashTerminatedPlsql(boolean value) {
      slashTerminatedPlsql = value;
      return this;
    }

    public Builder delimiterCommand(boolean value) {
      delimiterCommand = value;
      return this;
    }

    public Builder copyFromStdin(boolean value) {
      copyFromStdin = value;
      return this;
    }

    public Builder semicolonInParenthesesIsText(boolean value) {
      semicolonInParenthesesIsText = value;
      return this;
    }

    public Builder beginEndBodies(Set<String> value) {
      beginEndBodies = Objects.requireNonNull(value, "beginEndBodies");
      return this;
    }

    public Builder compoundStatements(boolean value) {
      compoundStatements = value;
      return this;
    }

    public Builder backslashEscapes(boolean value) {
      backslashEscapes = value;
      return this;
    }

    public Builder followsStandardConformingStrings(boolean value) {
      followsStandardConformingStrings = value;
      return this;
    }

    public Builder escapeStringPrefix(boolean value) {
      escapeStringPrefix = value;
      return this;
    }

    public Builder dollarQuotes(DollarQuotes value) {
      dollarQuotes = Objects.requireNonNull(value, "dollarQuotes");
      return this;
    }

    public Builder qQuotes(boolean value) {
      qQuotes = value;
      return this;
    }

    public Builder doubleQuotedStrings(boolean value) {
      doubleQuotedStrings = value;
      return this;
    }

    public Builder backtickIdentifiers(boolean value) {
      backtickIdentifiers = value;
      return this;
    }

    public Builder bracketIdentifiers(boolean value) {
      bracketIdentifiers = value;
      return this;
    }

    public Builder nestedBlockComments(boolean value) {
      nestedBlockComments = value;
      return this;
    }

    public Builder hashComments(boolean value) {
      hashComments = value;
      return this;
    }

    public Builder dashCommentNeedsSpace(boolean value) {
      dashCommentNeedsSpace = value;
      return this;
    }

    public Builder executableComments(boolean value) {
      executableComments = value;
      return this;
    }

    /** The immutable rules. */
    public SplitRules build() {
      return new SplitRules(
          semicolonDelimiter,
          goBatches,
          slashTerminatedPlsql,
          delimiterCommand,
          copyFromStdin,
          semicolonInParenthesesIsText,
          beginEndBodies,
          compoundStatements,
          backslashEscapes,
          followsStandardConformingStrings,
          escapeStringPrefix,
          dollarQuotes,
          qQuotes,
          doubleQuotedStrings,
          backtickIdentifiers,
          bracketIdentifiers,
          nestedBlockComments,
          hashComments,
          dashCommentNeedsSpace,
          executableComments);
    }
  }
}
