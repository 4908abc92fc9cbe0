package io.github.dbmigrate.engine.sql;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A database's spellings of a script's own transaction control at the top level of a script:
 * statements that begin, end or switch off the transaction a migration runs in.
 *
 * <p>Text inside a statement that the splitter keeps whole is not top level: function and procedure
 * bodies, PostgreSQL's {@code DO}, Oracle's PL/SQL blocks (whose {@code BEGIN} opens a block, not a
 * transaction) and MySQL's {@code BEGIN ... END} in stored programs. MariaDB's {@code BEGIN NOT
 * ATOMIC ... END} is different: it runs now, in the migration's transaction, so its statements are
 * read too (a handler's {@code ROLLBACK} among them). On SQL Server a batch holds many statements, so it is read word by word, and {@code
 * BEGIN ... END} blocks ({@code TRY}, {@code CATCH}, {@code IF}) and procedure batches are skipped.
 *
 * <p>Savepoints ({@code SAVEPOINT}, {@code RELEASE}, {@code ROLLBACK TO}, SQL Server's {@code SAVE
 * TRAN} and {@code ROLLBACK TRAN} to a name saved before) are not transaction control: they nest
 * inside the migration's transaction and cannot end it.
 */
public enum TransactionControl {
  /** {@code BEGIN}, {@code START TRANSACTION}, {@code COMMIT}, {@code END}, {@code ROLLBACK}, {@code ABORT}, {@code PREPARE TRANSACTION}. */
  POSTGRES,
  /** {@code BEGIN [WORK]}, {@code START TRANSACTION}, {@code COMMIT}, {@code ROLLBACK}, {@code XA ...}, {@code SET autocommit}. */
  MYSQL,
  /** {@code COMMIT} and {@code ROLLBACK}; {@code BEGIN} starts a PL/SQL block. */
  ORACLE,
  /** {@code BEGIN TRAN[SACTION]}, {@code BEGIN DISTRIBUTED TRAN}, {@code COMMIT}, {@code ROLLBACK}, {@code SET IMPLICIT_TRANSACTIONS}. */
  SQL_SERVER,
  /** {@code BEGIN}, {@code COMMIT}, {@code END}, {@code ROLLBACK}. */
  SQLITE,
  /** {@code BEGIN}, {@code START TRANSACTION}, {@code COMMIT}, {@code ROLLBACK}, {@code PREPARE COMMIT}, {@code SET AUTOCOMMIT}. */
  H2;

  /** Where a statement controls the transaction: the script's line and the text there. */
  public record Found(int line, String text) {}

  private static final int MAX_TEXT = 60;

  /**
   * The first top-level transaction control in {@code statement}, read with {@code rules} (for its
   * quotes and comments); empty when there is none.
   */
  public Optional<Found> find(SqlStatement statement, SplitRules rules) {
    StatementTokens tokens = new StatementTokens(statement.sql(), rules);
    StatementTokens.Token at = this == SQL_SERVER ? inBatch(tokens) : atStart(tokens);
    if (at == null) {
      return Optional.empty();
    }
    String text = tokens.lineAt(at.start());
    if (text.length() > MAX_TEXT) {
      text = text.substring(0, MAX_TEXT) + "...";
    }
    return Optional.of(new Found(statement.line() + tokens.lineOf(at.start()), text));
  }

  /** One statement per split statement: its first words say it all. */
  private StatementTokens.Token atStart(StatementTokens tokens) {
    StatementTokens.Token first = tokens.next();
    if (first == null) {
      return null;
    }
    StatementTokens.Token second = tokens.next();
    String next = second == null ? "" : second.text();
    if (this == MYSQL && first.is("BEGIN") && next.equals("NOT")) {
      return inAnonymousBlock(tokens);
    }
    boolean controls = switch (first.text()) {
      case "COMMIT" -> true;
      case "ROLLBACK" -> !rollsBackToSavepoint(next, tokens);
      case "START" -> next.equals("TRANSACTION");
      case "BEGIN" -> this != ORACLE && !(this == MYSQL && next.equals("NOT"));
      case "END", "ABORT" -> this == POSTGRES || this == SQLITE && first.is("END");
      case "PREPARE" -> this == POSTGRES && next.equals("TRANSACTION") || this == H2 && next.equals("COMMIT");
      case "XA" -> this == MYSQL;
      case "SET" -> this == MYSQL ? setsMySqlAutocommit(second, tokens)
          : this == H2 && next.equals("AUTOCOMMIT");
      default -> false;
    };
    return controls ? first : null;
  }

  /** Tokens after which a statement starts inside a compound block (a handler's condition among them). */
  private static final Set<String> BLOCK_STATEMENT_STARTS = Set.of(";", ":", "ATOMIC", "BEGIN", "THEN", "ELSE",
      "DO", "LOOP", "REPEAT", "SQLEXCEPTION", "SQLWARNING", "FOUND", StatementTokens.LITERAL);

  /**
   * The first statement of a MariaDB {@code BEGIN NOT ATOMIC ... END} (read up to {@code NOT}) that
   * controls the transaction: {@code COMMIT}, {@code ROLLBACK} but to a savepoint, {@code START
   * TRANSACTION}, {@code XA}, {@code SET autocommit}, at the start of a statement of the block or
   * as a handler's statement ({@code DECLARE EXIT HANDLER FOR SQLEXCEPTION ROLLBACK}, also for an
   * error number or SQLSTATE).
   */
  private static StatementTokens.Token inAnonymousBlock(StatementTokens tokens) {
    String before = "NOT";
    for (StatementTokens.Token t = tokens.next(); t != null; t = tokens.next()) {
      if (BLOCK_STATEMENT_STARTS.contains(before) || before.chars().allMatch(Character::isDigit)) {
        StatementTokens.Token after = tokens.peek();
        String next = after == null ? "" : after.text();
        switch (t.text()) {
          case "COMMIT", "XA" -> {
            return t;
          }
          case "ROLLBACK" -> {
            tokens.next();
            if (!rollsBackToSavepoint(next, tokens)) {
              return t;
            }
            before = "TO";
            continue;
          }
          case "START" -> {
            if (next.equals("TRANSACTION")) {
              return t;
            }
          }
          case "SET" -> {
            if (next.equals("AUTOCOMMIT")) {
              return t;
            }
          }
          default -> {
            // any other statement
          }
        }
      }
      before = t.text();
    }
    return null;
  }

  /** {@code ROLLBACK [WORK | TRANSACTION] TO [SAVEPOINT] name}; the next token is read already. */
  private static boolean rollsBackToSavepoint(String next, StatementTokens tokens) {
    if (next.equals("WORK") || next.equals("TRANSACTION") || next.equals("TRAN")) {
      StatementTokens.Token third = tokens.next();
      return third != null && third.is("TO");
    }
    return next.equals("TO");
  }

  /**
   * {@code SET autocommit = 0}, also as {@code SESSION autocommit}, {@code @@autocommit} or {@code
   * @@session.autocommit}, in any of a SET's assignments; a user variable {@code @autocommit} and
   * {@code GLOBAL} or {@code PERSIST} ones (other sessions') are not the script's transaction.
   */
  private static boolean setsMySqlAutocommit(StatementTokens.Token second, StatementTokens tokens) {
    String before2 = "";
    String before = "SET";
    for (StatementTokens.Token t = second; t != null; t = tokens.next()) {
      if (t.is("AUTOCOMMIT")) {
        boolean system = before.equals("SET") || before.equals(",") || before.equals("SESSION")
            || before.equals("LOCAL") || before.equals("@") && before2.equals("@")
            || before.equals(".") && (before2.equals("SESSION") || before2.equals("LOCAL"));
        if (system) {
          return true;
        }
      }
      before2 = before;
      before = t.text();
    }
    return false;
  }

  /**
   * A T-SQL batch: top-level statements outside {@code BEGIN ... END} (and {@code CASE ... END});
   * nothing in a batch that creates a procedure, function or trigger, whose body does not run now.
   */
  private static StatementTokens.Token inBatch(StatementTokens tokens) {
    if (createsModule(new StatementTokens.Token[] {tokens.next(), tokens.next(), tokens.next(),
        tokens.next()})) {
      return null;
    }
    tokens.rewind();
    Set<String> savepoints = new HashSet<>();
    int depth = 0;
    for (StatementTokens.Token t = tokens.next(); t != null; t = tokens.next()) {
      StatementTokens.Token next = tokens.peek();
      String after = next == null ? "" : next.text();
      switch (t.text()) {
        case "BEGIN" -> {
          if (after.equals("TRAN") || after.equals("TRANSACTION") || after.equals("DISTRIBUTED")) {
            if (depth == 0) {
              return t;
            }
          } else if (!after.equals("DIALOG") && !after.equals("CONVERSATION")) {
            depth++;
          }
        }
        case "CASE" -> depth++;
        case "END" -> {
          if (!after.equals("CONVERSATION") && depth > 0) {
            depth--;
          }
        }
        case "COMMIT" -> {
          if (depth == 0) {
            return t;
          }
        }
        case "ROLLBACK" -> {
          if (depth == 0 && !rollsBackToSaved(tokens, savepoints)) {
            return t;
          }
        }
        case "SAVE" -> savedName(tokens).ifPresent(savepoints::add);
        case "SET" -> {
          if (depth == 0 && after.equals("IMPLICIT_TRANSACTIONS")) {
            return t;
          }
        }
        default -> {
          // any other word or punctuation
        }
      }
    }
    return null;
  }

  /** {@code CREATE [OR ALTER] PROC[EDURE] | FUNCTION | TRIGGER}, or {@code ALTER} the same. */
  private static boolean createsModule(StatementTokens.Token[] words) {
    if (words[0] == null || !words[0].is("CREATE") && !words[0].is("ALTER")) {
      return false;
    }
    int kind = words[1] != null && words[1].is("OR") ? 3 : 1;
    return words[kind] != null && Set.of("PROC", "PROCEDURE", "FUNCTION", "TRIGGER").contains(words[kind].text());
  }

  /** {@code ROLLBACK TRAN name} to a name that {@code SAVE TRAN} saved earlier in the batch. */
  private static boolean rollsBackToSaved(StatementTokens tokens, Set<String> savepoints) {
    return savedName(tokens).filter(savepoints::contains).isPresent();
  }

  /** After {@code SAVE} or {@code ROLLBACK}: {@code TRAN[SACTION] name}'s name, if the text goes on so. */
  private static Optional<String> savedName(StatementTokens tokens) {
    StatementTokens.Token tran = tokens.peek();
    if (tran == null || !tran.is("TRAN") && !tran.is("TRANSACTION")) {
      return Optional.empty();
    }
    tokens.next();
    StatementTokens.Token name = tokens.next();
    if (name != null && name.is("@")) {
      StatementTokens.Token variable = tokens.next();
      return Optional.ofNullable(variable).map(v -> "@" + v.text());
    }
    return Optional.ofNullable(name).filter(n -> Character.isLetter(n.text().charAt(0)) || n.text().charAt(0) == '_')
        .map(StatementTokens.Token::text);
  }
}
