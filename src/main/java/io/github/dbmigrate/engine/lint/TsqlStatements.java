package io.github.dbmigrate.engine.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a T-SQL batch (the splitter cuts only at GO) into its statements: at a top-level {@code ;}
 * and where a statement-starting keyword begins a new one, since T-SQL needs no terminator. A
 * keyword only starts a statement where it cannot belong to the one before: not inside parentheses
 * or CASE ... END, not {@code DROP COLUMN} in an ALTER TABLE, not {@code ON DELETE} or {@code FOR
 * UPDATE}, not {@code DROP TABLE IF EXISTS}, not the permissions of a GRANT. A procedure, function,
 * trigger or view definition runs to the end of its batch: its body is never read.
 */
final class TsqlStatements {

  /** Keywords that always start a statement (at depth 0, outside CASE). */
  private static final Set<String> STARTS = Set.of("TRUNCATE", "EXEC", "EXECUTE", "SELECT", "ELSE", "WHILE",
      "BEGIN", "END", "DECLARE", "PRINT", "RETURN", "RAISERROR", "THROW", "COMMIT", "ROLLBACK", "SAVE", "USE",
      "MERGE", "GRANT", "REVOKE", "DENY", "WAITFOR", "BREAK", "CONTINUE", "GOTO", "OPEN", "CLOSE", "FETCH",
      "DEALLOCATE", "DBCC", "CHECKPOINT", "BACKUP", "RESTORE", "KILL", "RECONFIGURE");

  /** DML keywords: a statement, unless a word before makes them part of one. */
  private static final Set<String> DML = Set.of("UPDATE", "DELETE", "INSERT");
  /** Words before a DML keyword that make it part of the statement: ON DELETE, FOR UPDATE, BULK INSERT. */
  private static final Set<String> DML_INSIDE = Set.of("ON", "FOR", "OF", "AFTER", "INSTEAD", "BULK");

  /** DDL verbs: a statement when an object kind follows (not ALTER TABLE's DROP COLUMN, ALTER COLUMN). */
  private static final Set<String> DDL = Set.of("CREATE", "ALTER", "DROP");
  private static final Set<String> OBJECT_KINDS = Set.of("TABLE", "VIEW", "PROC", "PROCEDURE", "FUNCTION",
      "TRIGGER", "INDEX", "UNIQUE", "CLUSTERED", "NONCLUSTERED", "COLUMNSTORE", "XML", "SPATIAL", "FULLTEXT",
      "SCHEMA", "SEQUENCE", "TYPE", "SYNONYM", "DATABASE", "USER", "ROLE", "LOGIN", "STATISTICS", "ASSEMBLY",
      "PARTITION", "OR", "QUEUE", "SERVICE", "EVENT", "CERTIFICATE", "MASTER", "SYMMETRIC", "ASYMMETRIC",
      "CREDENTIAL", "EXTERNAL", "SECURITY", "AUDIT", "SERVER", "APPLICATION", "AVAILABILITY", "RULE");
  /** What comes after CREATE [OR ALTER] or ALTER for a definition whose body runs to the end of the batch. */
  private static final Set<String> MODULES = Set.of("PROC", "PROCEDURE", "FUNCTION", "TRIGGER", "VIEW");

  private TsqlStatements() {}

  /** The statements of {@code batch}, each a non-empty run of its tokens, in order. */
  static List<List<Token>> split(List<Token> batch) {
    List<List<Token>> statements = new ArrayList<>();
    int start = 0;
    int depth = 0;
    int caseDepth = 0;
    boolean grantTargetSeen = false;
    for (int i = 0; i < batch.size(); i++) {
      Token t = batch.get(i);
      if (t.isPunct('(')) {
        depth++;
      } else if (t.isPunct(')')) {
        depth = Math.max(0, depth - 1);
      }
      if (depth > 0 || (t.kind() != Token.Kind.WORD && !t.isPunct(';'))) {
        continue;
      }
      if (t.is("CASE")) {
        caseDepth++;
        continue;
      }
      if (caseDepth > 0) {
        if (t.is("END")) {
          caseDepth--;
        }
        continue;
      }
      Token first = start < batch.size() ? batch.get(start) : TokenCursor.END;
      if (t.isPunct(';')) {
        if (add(statements, batch.subList(start, i))) {
          return statements;
        }
        start = i + 1;
        grantTargetSeen = false;
        continue;
      }
      boolean permissions = first.is("GRANT") || first.is("REVOKE") || first.is("DENY");
      if (permissions && (t.is("TO") || t.is("FROM"))) {
        grantTargetSeen = true;
      }
      if (i > start && !first.is("MERGE") && (!permissions || grantTargetSeen)
          && startsStatement(batch, i)) {
        if (add(statements, batch.subList(start, i))) {
          return statements;
        }
        start = i;
        grantTargetSeen = false;
      }
    }
    add(statements, batch.subList(start, batch.size()));
    return statements;
  }

  /** Adds a statement unless it is empty; true when it defines a module, whose body ends the batch. */
  private static boolean add(List<List<Token>> statements, List<Token> statement) {
    if (statement.isEmpty()) {
      return false;
    }
    TokenCursor c = new TokenCursor(statement);
    boolean definition = c.accept("ALTER");
    if (c.accept("CREATE")) {
      c.accept("OR", "ALTER");
      definition = true;
    }
    if (definition && MODULES.contains(c.peek().text()) && c.peek().kind() == Token.Kind.WORD) {
      return true;
    }
    statements.add(statement);
    return false;
  }

  private static boolean startsStatement(List<Token> batch, int i) {
    Token t = batch.get(i);
    Token before = batch.get(i - 1);
    Token after = i + 1 < batch.size() ? batch.get(i + 1) : TokenCursor.END;
    String word = t.text();
    if (DML.contains(word)) {
      return !(before.kind() == Token.Kind.WORD && DML_INSIDE.contains(before.text())) && !before.isPunct(',');
    }
    if (DDL.contains(word)) {
      return after.kind() == Token.Kind.WORD && OBJECT_KINDS.contains(after.text());
    }
    if (word.equals("IF")) { // IF EXISTS (...) starts one; DROP TABLE IF EXISTS t does not
      Token next = i + 2 < batch.size() ? batch.get(i + 2) : TokenCursor.END;
      return !(after.is("EXISTS") && !next.isPunct('('));
    }
    return STARTS.contains(word);
  }
}
