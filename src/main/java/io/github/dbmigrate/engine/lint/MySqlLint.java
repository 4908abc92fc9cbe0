package io.github.dbmigrate.engine.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * MySQL's and MariaDB's lint: the shared rules, type changes through {@code MODIFY} and {@code
 * CHANGE} judged by what InnoDB does in place ({@link MySqlTypeChange}), and the clauses that make
 * an {@code ALTER} copy the table or block writes. Secondary indexes are built online by InnoDB, so a
 * plain {@code CREATE INDEX} passes. Bodies of procedures and triggers arrive inside their {@code
 * CREATE} statement and are not judged.
 */
public final class MySqlLint implements DatabaseLint {

  public static final Rule COLUMN_TYPE_CHANGE = Rule.error("column-type-change",
      "InnoDB changes a column's type only by copying the whole table: writes wait until the copy"
          + " ends, and the release still running may write values the new type refuses.",
      "widen a VARCHAR only within its length-prefix size (up to 255 bytes, or from 256 bytes on),"
          + " which InnoDB does in place; otherwise add a column of the new type, write to both,"
          + " backfill in batches in a separate migration, switch reads, and drop the old column in a"
          + " later release (or run the change through pt-online-schema-change or gh-ost).");
  public static final Rule NOT_NULL_WITHOUT_DEFAULT = Rule.error("not-null-without-default",
      "the ALTER succeeds (existing rows get the type's implicit default, 0 or ''), but the release"
          + " still running inserts rows without the column, which strict mode (the default since"
          + " MySQL 5.7 and MariaDB 10.2.4) refuses: Field '...' doesn't have a default value.",
      "add the column with a DEFAULT (instant on MySQL 8.0.12+ and MariaDB 10.3+); or add it NULL,"
          + " deploy a release that writes it, backfill in batches, then MODIFY it to NOT NULL.");
  public static final Rule ALGORITHM_COPY = Rule.error("algorithm-copy",
      "ALGORITHM=COPY copies the whole table into a new one; writes (and, at the end, reads) wait"
          + " until the copy ends.",
      "leave ALGORITHM out, or ask for ALGORITHM=INPLACE or INSTANT with LOCK=NONE, so the server"
          + " refuses the change instead of blocking when it cannot run online; for a change that needs"
          + " a copy, use pt-online-schema-change or gh-ost.");
  public static final Rule BLOCKING_ALTER_LOCK = Rule.error("blocking-alter-lock",
      "LOCK=SHARED blocks every write, LOCK=EXCLUSIVE every read and write, for the whole ALTER: the"
          + " running release waits (and times out) until it ends.",
      "leave LOCK out or write LOCK=NONE: the server then permits reads and writes during the change,"
          + " or refuses it when it cannot, instead of blocking the application.");
  public static final Rule BLOCKING_INDEX = Rule.error("blocking-index",
      "InnoDB builds a FULLTEXT or SPATIAL index under a shared lock: writes wait for the whole build"
          + " (and the table's first FULLTEXT index rebuilds the table).",
      "build it where writes can wait (a maintenance window, with an allow comment giving it), or through"
          + " pt-online-schema-change or gh-ost, which build it on a copy while writes go on.");
  public static final Rule FOREIGN_KEY_COPY = Rule.error("foreign-key-copy",
      "with foreign_key_checks on (the default), InnoDB adds a FOREIGN KEY to an existing table only by"
          + " copying the whole table: writes wait until the copy ends.",
      "check that no existing row breaks the key (a LEFT JOIN to the parent table finding no orphan);"
          + " then, in the same script, SET foreign_key_checks = 0 before the ALTER (it then runs in place"
          + " and does not check the existing rows) and SET foreign_key_checks = 1 after it; or run it"
          + " through pt-online-schema-change or gh-ost.");
  public static final Rule CONVERT_CHARACTER_SET = Rule.error("convert-character-set",
      "CONVERT TO CHARACTER SET copies the whole table and permits no writes until the copy ends.",
      "create the new character set on new columns (or a new table), backfill in batches, switch, then"
          + " drop the old ones; or run the conversion through pt-online-schema-change or gh-ost.");

  private static final Set<String> FIRST_WORDS = Set.of("CREATE", "DROP", "ALTER", "UPDATE", "DELETE",
      "TRUNCATE", "RENAME", "SET", "");

  /** Words between UPDATE or DELETE and the table; a LIMIT makes the change a batch. */
  private static final CommonLint.DmlSyntax DML = new CommonLint.DmlSyntax(
      Set.of("LOW_PRIORITY", "QUICK", "IGNORE"), Set.of("LIMIT"));

  @Override
  public List<Rule> rules() {
    List<Rule> rules = new ArrayList<>(CommonLint.RULES);
    rules.addAll(List.of(COLUMN_TYPE_CHANGE, NOT_NULL_WITHOUT_DEFAULT, ALGORITHM_COPY, BLOCKING_ALTER_LOCK,
        BLOCKING_INDEX, FOREIGN_KEY_COPY, CONVERT_CHARACTER_SET));
    return List.copyOf(rules);
  }

  /** The empty word too: a statement that opens with an executable comment {@code /*!...}. */
  @Override
  public boolean reads(String firstWord) {
    return FIRST_WORDS.contains(firstWord);
  }

  @Override
  public void read(LintStatement statement) {
    TokenCursor c = statement.cursor();
    if (c.at("SET")) {
      foreignKeyChecks(statement, c);
    } else if (!CommonLint.read(statement, this::checkAlter, DML)) {
      index(statement, c);
    }
  }

  /** MySQL's own rules on one ALTER TABLE action, before the change is recorded. */
  private void checkAlter(LintStatement statement, String table, TokenCursor a) {
    if (statement.isNew(table)) {
      if (a.at("MODIFY") || a.at("CHANGE")) {
        redefine(statement, table, a, false);
      }
      return;
    }
    if (a.at("MODIFY") || a.at("CHANGE")) {
      redefine(statement, table, a, true);
    } else if (a.accept("ADD")) {
      added(statement, table, a);
    } else if (a.at("ALGORITHM") || a.at("LOCK")) {
      clause(statement, "ALTER TABLE " + table, a);
    } else if (a.accept("CONVERT", "TO", "CHARACTER", "SET") || a.accept("CONVERT", "TO", "CHARSET")) {
      statement.report(CONVERT_CHARACTER_SET, "ALTER TABLE " + table + " CONVERT TO CHARACTER SET "
          + a.next().text());
    }
  }

  /**
   * {@code MODIFY [COLUMN] c type ...} and {@code CHANGE [COLUMN] old new type ...}: judged when
   * {@code judge}, and recorded in the schema as the column's new name and type.
   */
  private void redefine(LintStatement statement, String table, TokenCursor a, boolean judge) {
    boolean change = a.accept("CHANGE");
    if (!change) {
      a.accept("MODIFY");
    }
    a.accept("COLUMN");
    a.accept("IF", "EXISTS");
    if (!a.peek().isName()) {
      return;
    }
    String from = a.next().nameKey();
    String to = change && a.peek().isName() ? a.next().nameKey() : from;
    ColumnType type = ColumnType.read(a);
    if (type == null) {
      return;
    }
    Schema schema = statement.schema();
    Optional<ColumnType> old = schema.column(table, from);
    boolean renamed = !from.equalsIgnoreCase(to);
    if (judge) {
      String verb = change ? "CHANGE COLUMN " : "MODIFY COLUMN ";
      if (renamed && !statement.isNewColumn(table, from)) {
        statement.report(CommonLint.RENAME_COLUMN, verb + table + "." + from + " TO " + to);
      }
      String subject = verb + table + "." + from + " " + type;
      if (old.isEmpty()) {
        statement.report(COLUMN_TYPE_CHANGE, subject + ": the column's current type is not known from"
            + " the migration files");
      } else {
        String charset = charset(a);
        String why = MySqlTypeChange.copyReason(old.get(), type,
            charset == null ? MySqlTypeChange.DEFAULT_CHARSET : charset);
        if (why != null) {
          statement.report(COLUMN_TYPE_CHANGE, subject + " (was " + old.get() + "): " + why
              + (charset == null && why.contains(" a character)") ? " (no CHARACTER SET is declared,"
                  + " so it is judged as " + MySqlTypeChange.DEFAULT_CHARSET + ")" : ""));
        }
      }
    }
    if (renamed) {
      schema.renameColumn(table, from, to);
    }
    schema.putColumn(table, to, type);
  }

  /** The character set a column definition declares (CHARACTER SET x, CHARSET x), or null. */
  private static String charset(TokenCursor a) {
    List<Token> rest = a.rest();
    for (int i = 0; i < rest.size(); i++) {
      if (rest.get(i).is("CHARSET") && i + 1 < rest.size()) {
        return rest.get(i + 1).text();
      }
      if (rest.get(i).is("CHARACTER") && i + 2 < rest.size() && rest.get(i + 1).is("SET")) {
        return rest.get(i + 2).text();
      }
    }
    return null;
  }

  /** {@code ADD [COLUMN] c type ...} or {@code ADD [COLUMN] (c type, ...)} on an existing table. */
  private void added(LintStatement statement, String table, TokenCursor a) {
    if (a.at("FULLTEXT") || a.at("SPATIAL")) {
      String kind = a.next().text();
      if (!a.accept("INDEX")) {
        a.accept("KEY");
      }
      String index = a.peek().isName() ? " " + a.peek().text() : "";
      statement.report(BLOCKING_INDEX, "ALTER TABLE " + table + " ADD " + kind + " INDEX" + index);
      return;
    }
    if (a.at("FOREIGN") || (a.at("CONSTRAINT") && a.restHas("FOREIGN"))) {
      boolean checksOff = statement.schema().setting(statement.script().file(), "FOREIGN_KEY_CHECKS")
          .filter(v -> v.equals("0") || v.equals("OFF")).isPresent();
      if (!checksOff) {
        String constraint = a.accept("CONSTRAINT")
            ? "CONSTRAINT " + (a.peek().isName() && !a.at("FOREIGN") ? a.next().nameKey() + " " : "") : "";
        statement.report(FOREIGN_KEY_COPY, "ALTER TABLE " + table + " ADD " + constraint
            + "FOREIGN KEY without SET foreign_key_checks = 0 before it");
      }
      return;
    }
    if (a.peek().kind() == Token.Kind.WORD && AlterTable.NOT_ADDED_COLUMNS.contains(a.peek().text())) {
      return;
    }
    a.accept("COLUMN");
    a.accept("IF", "NOT", "EXISTS");
    List<List<Token>> columns = a.peek().isPunct('(')
        ? new TokenCursor(a.parenthesized()).restSplitAtCommas() : List.of(a.rest());
    for (List<Token> column : columns) {
      TokenCursor d = new TokenCursor(column);
      if (!d.peek().isName()) {
        continue;
      }
      String name = d.next().nameKey();
      ColumnType type = ColumnType.read(d);
      if (type != null && NotNullColumn.withoutOwnValue(type, d)) {
        statement.report(NOT_NULL_WITHOUT_DEFAULT, "ADD COLUMN " + table + "." + name + " " + type
            + " NOT NULL without DEFAULT");
      }
    }
  }

  /**
   * {@code SET [SESSION] foreign_key_checks = 0} (or {@code @@foreign_key_checks}, among other
   * settings): remembered for the rest of the script, where it lets a FOREIGN KEY be added in place.
   */
  private static void foreignKeyChecks(LintStatement statement, TokenCursor c) {
    List<Token> tokens = c.rest();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).is("FOREIGN_KEY_CHECKS")) {
        int v = i + 1;
        while (v < tokens.size() && (tokens.get(v).isPunct('=') || tokens.get(v).isPunct(':'))) {
          v++; // = or :=
        }
        if (v < tokens.size()) {
          statement.schema().putSetting(statement.script().file(), "FOREIGN_KEY_CHECKS",
              tokens.get(v).text().toUpperCase(Locale.ROOT));
        }
      }
    }
  }

  /** {@code ALGORITHM [=] COPY} and {@code LOCK [=] SHARED|EXCLUSIVE} of an ALTER or an index. */
  private static void clause(LintStatement statement, String subject, TokenCursor a) {
    boolean algorithm = a.accept("ALGORITHM");
    if (!algorithm) {
      a.accept("LOCK");
    }
    a.acceptPunct('=');
    Token value = a.next();
    if (algorithm && value.is("COPY")) {
      statement.report(ALGORITHM_COPY, subject + " ALGORITHM=COPY");
    } else if (!algorithm && (value.is("SHARED") || value.is("EXCLUSIVE"))) {
      statement.report(BLOCKING_ALTER_LOCK, subject + " LOCK=" + value.text());
    }
  }

  /**
   * {@code CREATE [UNIQUE|FULLTEXT|SPATIAL] INDEX i ON t ...} and {@code DROP INDEX i ON t}: InnoDB
   * builds an ordinary index online, so only their ALGORITHM and LOCK clauses, or a FULLTEXT or
   * SPATIAL index, make them block.
   */
  private static void index(LintStatement statement, TokenCursor c) {
    boolean create = c.accept("CREATE");
    if (!create && !c.accept("DROP")) {
      return;
    }
    c.accept("OR", "REPLACE");
    c.accept("ONLINE");
    c.accept("OFFLINE");
    String blocking = create && (c.at("FULLTEXT") || c.at("SPATIAL")) ? c.peek().text() : null;
    if (create && !c.accept("UNIQUE") && !c.accept("FULLTEXT")) {
      c.accept("SPATIAL");
    }
    if (!c.accept("INDEX")) {
      return;
    }
    c.accept("IF", "NOT", "EXISTS");
    c.accept("IF", "EXISTS");
    String index = c.objectName();
    while (!c.atEnd() && !c.at("ON")) {
      c.next(); // USING BTREE
    }
    if (!c.accept("ON")) {
      return;
    }
    String table = c.objectName();
    if (table == null || statement.isNew(table)) {
      return;
    }
    String subject = (create ? "CREATE INDEX " : "DROP INDEX ") + index + " ON " + table;
    if (blocking != null) {
      statement.report(BLOCKING_INDEX, "CREATE " + blocking + " INDEX " + index + " ON " + table);
    }
    c.skipParens();
    while (!c.atEnd()) {
      if (c.at("ALGORITHM") || c.at("LOCK")) {
        clause(statement, subject, c);
      } else {
        c.next();
      }
    }
  }
}
