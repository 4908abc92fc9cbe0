package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.sql.SqlStatement;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Statements of a script waiting to go to the server in one flight: a JDBC batch, which the
 * PostgreSQL driver sends without waiting for each answer. Used inside a transaction only, where a
 * refused statement aborts the rest as it would one at a time.
 */
final class Pipeline implements AutoCloseable {

  /** Bounds what a huge script keeps waiting in memory. */
  private static final int MAX_WAITING_CHARS = 1 << 20;

  /** The driver names the refused entry only in its message: "Batch entry 3 ... was aborted". */
  private static final Pattern ENTRY_NUMBER = Pattern.compile("\\d+");

  private final Connection connection;
  private final List<SqlStatement> waiting = new ArrayList<>();
  private int waitingChars;
  private Statement jdbc;

  Pipeline(Connection connection) {
    this.connection = connection;
  }

  /** Queues a statement, first sending those waiting if they are many. */
  void add(SqlStatement statement, List<Integer> linesRun) throws Refused {
    if (waitingChars + statement.sql().length() > MAX_WAITING_CHARS) {
      send(List.of(), linesRun);
    }
    waiting.add(statement);
    waitingChars += statement.sql().length();
  }

  /**
   * Sends the waiting statements, then {@code tail} (SQL of the caller's own, such as the version
   * row), in one flight; adds the lines of the statements that ran to {@code linesRun}.
   */
  void send(List<String> tail, List<Integer> linesRun) throws Refused {
    if (waiting.isEmpty() && tail.isEmpty()) {
      return;
    }
    List<String> entries = new ArrayList<>(waiting.size() + tail.size());
    waiting.forEach(s -> entries.add(s.sql()));
    entries.addAll(tail);
    int added = 0;
    try {
      if (jdbc == null) {
        jdbc = connection.createStatement();
      }
      // The driver parses each entry as it is added, and refuses some (an unterminated string) there.
      for (String sql : entries) {
        jdbc.addBatch(sql);
        added++;
      }
      jdbc.executeBatch();
      waiting.forEach(s -> linesRun.add(s.line()));
    } catch (SQLException e) {
      boolean sent = added == entries.size();
      int entry = sent ? refusedEntry(e, entries.size()) : added;
      for (int i = 0; sent && i < Math.min(entry, waiting.size()); i++) {
        linesRun.add(waiting.get(i).line());
      }
      SqlStatement statement = entry < waiting.size() ? waiting.get(entry) : null;
      throw new Refused(statement, statement == null ? entry - waiting.size() : -1, reason(e));
    } finally {
      waiting.clear();
      waitingChars = 0;
      clearQuietly();
    }
  }

  @Override
  public void close() {
    try {
      if (jdbc != null) {
        jdbc.close();
      }
    } catch (SQLException e) {
      // nothing waits on it
    }
  }

  /** The entry the server refused; the first one when the driver does not say (a lost connection). */
  private static int refusedEntry(SQLException e, int entries) {
    if (e instanceof BatchUpdateException && e.getMessage() != null) {
      Matcher number = ENTRY_NUMBER.matcher(e.getMessage());
      if (number.find() && number.group().length() < 9) {
        int entry = Integer.parseInt(number.group());
        if (entry < entries) {
          return entry;
        }
      }
    }
    return 0;
  }

  /** The database's own error, which the driver chains behind its batch message. */
  private static SQLException reason(SQLException e) {
    if (e instanceof BatchUpdateException) {
      if (e.getNextException() != null) {
        return e.getNextException();
      }
      if (e.getCause() instanceof SQLException cause) {
        return cause;
      }
    }
    return e;
  }

  private void clearQuietly() {
    try {
      if (jdbc != null) {
        jdbc.clearBatch();
      }
    } catch (SQLException e) {
      // the next send fails on its own if the statement is unusable
    }
  }

  /** A statement, or an entry of the tail, that the server refused. */
  static final class Refused extends Exception {
    /** The script's statement refused, or null when it was an entry of the tail. */
    final SqlStatement statement;
    /** The index in the tail of the refused entry, or -1. */
    final int tailEntry;
    final SQLException reason;

    Refused(SqlStatement statement, int tailEntry, SQLException reason) {
      super(reason.getMessage(), reason, false, false);
      this.statement = statement;
      this.tailEntry = tailEntry;
      this.reason = reason;
    }
  }
}
