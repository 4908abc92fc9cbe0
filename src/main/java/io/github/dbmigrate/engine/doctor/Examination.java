package io.github.dbmigrate.engine.doctor;

import io.github.dbmigrate.engine.db.SqlStates;
import io.github.dbmigrate.engine.BadSetting;
import io.github.dbmigrate.engine.DatabaseUnavailable;
import io.github.dbmigrate.engine.DbMigrateException;
import io.github.dbmigrate.engine.Durations;
import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.Goal;
import io.github.dbmigrate.engine.MalformedFiles;
import io.github.dbmigrate.engine.Setting;
import io.github.dbmigrate.engine.TxnMode;
import io.github.dbmigrate.engine.db.ConnectionFactory;
import io.github.dbmigrate.engine.db.DatabaseTarget;
import io.github.dbmigrate.engine.dialect.Dialect;
import io.github.dbmigrate.engine.dialect.Dialects;
import io.github.dbmigrate.engine.dialect.TableName;
import io.github.dbmigrate.engine.files.Migration;
import io.github.dbmigrate.engine.files.MigrationSet;
import io.github.dbmigrate.engine.history.AppliedVersion;
import io.github.dbmigrate.engine.history.HistoryLookup;
import io.github.dbmigrate.engine.history.HistoryTable;
import io.github.dbmigrate.engine.run.Planner;
import io.github.dbmigrate.engine.run.TxnModeChoice;
import io.github.dbmigrate.engine.validate.MigrationValidator;
import io.github.dbmigrate.engine.validate.ScriptRules;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checks of one {@code doctor} run, in the order a run meets what they check. Each check is
 * answered on its own, so one failure does not hide the next; checks that need what failed (a
 * connection, say) are listed as not checked. Nothing is changed: privileges are read from the
 * catalog or tried with statements that match no row and are rolled back, and the lock is released
 * as soon as it is taken.
 */
final class Examination {

  static final String URL = "URL and driver";
  static final String ANSWERS = "server answers";
  static final String SERVER = "server";
  static final String RUN_AS = "run as";
  static final String CREATE = "create tables";
  static final String WRITE = "write history";
  static final String LOCK = "lock";
  static final String HISTORY = "history table";
  static final String FILES = "migration files";
  static final String TXN_LOCKS = "one transaction's locks";

  private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final EngineConfig config;
  private final FrontEnd words;
  private final List<Check> checks = new ArrayList<>();

  Examination(EngineConfig config) {
    this.config = config;
    this.words = config.frontEnd();
  }

  List<Check> run() {
    DatabaseTarget db = config.target().database();
    Dialect dialect;
    try {
      dialect = Dialects.forUrl(db.jdbcUrl());
    } catch (DbMigrateException e) {
      checks.add(Check.failed(URL, e.getMessage(), "set " + words.setting(Setting.URL)
          + " to a JDBC URL of a supported database"));
      skip("the URL names no supported database", ANSWERS, SERVER, RUN_AS, CREATE, LOCK, HISTORY, FILES);
      return checks;
    }
    FileCheck files = FileCheck.of(config, dialect);
    ConnectionFactory factory = new ConnectionFactory(db, dialect, words);
    long start = System.nanoTime();
    Connection connection;
    try {
      connection = factory.open("doctor");
    } catch (DatabaseUnavailable e) {
      checks.add(Check.passed(URL, dialect.name() + " URL " + db.safeUrl() + "; its driver loaded"));
      checks.add(Check.failed(ANSWERS, e.getMessage(), "start the server, or correct "
          + words.setting(Setting.URL) + " or the credentials"));
      skip("no connection", SERVER, RUN_AS, CREATE, LOCK, HISTORY);
      checks.add(files.check(null));
      return checks;
    } catch (BadSetting e) {
      checks.add(Check.failed(URL, e.getMessage(), "correct " + words.setting(Setting.URL)
          + ", or " + words.driverAdvice()));
      skip("no driver", ANSWERS, SERVER, RUN_AS, CREATE, LOCK, HISTORY);
      checks.add(files.check(null));
      return checks;
    }
    Duration connecting = Duration.ofNanos(System.nanoTime() - start);
    try (connection) {
      examine(dialect, factory, connection, connecting, files);
    } catch (SQLException e) {
      // a question every check needs (the session's schema, say) failed: never a silent pass
      checks.add(Check.failed("database error", SqlStates.append(dialect.errors().errorMessage(e), e) + "; the checks after the"
          + " last line were not run.", "see the database's message"));
    }
    return checks;
  }

  private void examine(Dialect dialect, ConnectionFactory factory, Connection connection, Duration connecting,
      FileCheck files) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    DatabaseTarget db = config.target().database();
    checks.add(Check.passed(URL, dialect.name() + " URL " + db.safeUrl() + "; driver "
        + meta.getDriverName() + " " + meta.getDriverVersion()));
    checks.add(Check.passed(ANSWERS, "connected in " + Durations.format(connecting)));
    checks.add(Check.passed(SERVER, meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion()));
    connection.setAutoCommit(true);
    DoctorSql sql = DoctorSql.forDialect(dialect);
    TableName table;
    try {
      table = HistoryLookup.resolve(dialect, connection, config.target().table(), words);
    } catch (DbMigrateException e) {
      checks.add(Check.failed(RUN_AS, e.getMessage(), "name the history table's schema with "
          + words.setting(Setting.SCHEMA)));
      skip("the history table is not known", CREATE, LOCK, HISTORY);
      checks.add(files.check(null));
      return;
    }
    String schema = table.schema() != null ? catalogName(dialect, table)
        : connection.getSchema() != null ? connection.getSchema() : connection.getCatalog();
    String user = meta.getUserName() == null || meta.getUserName().isBlank() ? "''" : meta.getUserName();
    HistoryTable history = new HistoryTable(dialect, table, words);
    checks.add(Check.passed(RUN_AS, "user " + user + ", database " + connection.getCatalog()
        + (connection.getSchema() == null ? "" : ", schema " + schema) + "; history table " + table));

    HistoryState state = HistoryState.read(history, connection);
    List<Migration> pending = files.set() == null || state.applied() == null ? null
        : Planner.pending(files.set(), state.applied());
    Answer mayCreate = answer(() -> sql.mayCreateTables(connection, schema), dialect);
    checks.add(create(dialect, mayCreate, user, schema, table, state, pending));
    if (state.applied() != null && state.shape().isPresent()) {
      checks.add(write(dialect, connection, table, sql));
    }
    checks.add(new LockCheck(config, dialect, factory, sql).check(connection, table, mayCreate));
    checks.add(state.check(table.toString(), words));
    checks.add(files.check(pending));
    lockTableCheck(dialect, connection, sql, pending).ifPresent(checks::add);
  }

  /**
   * The history table's schema as the catalog names it: a configured plain word in the case the
   * database folds it to (as the run's statements name it), anything else as written or reported.
   */
  private static String catalogName(Dialect dialect, TableName table) {
    return !table.exactSchema() && PLAIN_WORD.matcher(table.schema()).matches()
        ? dialect.history().folded(table.schema()) : table.schema();
  }

  /** An answer that failed to come is a warning: the question could not be asked. */
  private static Answer answer(Question question, Dialect dialect) {
    try {
      return question.ask();
    } catch (SQLException e) {
      return Answer.unknown("the catalog could not be asked: " + dialect.errors().errorMessage(e), null);
    }
  }

  @FunctionalInterface
  private interface Question {
    Answer ask() throws SQLException;
  }

  private Check create(Dialect dialect, Answer answer, String user, String schema, TableName table,
      HistoryState state, List<Migration> pending) {
    String where = (dialect.id().equals("mysql") ? "database " : "schema ") + schema;
    if (answer.isYes()) {
      return Check.passed(CREATE, "user " + user + " may create tables in " + where + " (" + answer.how() + ")");
    }
    if (answer.yes() == null) {
      return Check.warning(CREATE, "cannot tell whether user " + user + " may create tables in " + where
          + " (" + answer.how() + ")", answer.fix() == null ? "make sure it may" : answer.fix());
    }
    String refused = "user " + user + " may not create tables in " + where + " (" + answer.how() + ")";
    if (state.absent()) {
      return Check.failed(CREATE, refused + ", so the first run cannot create the history table "
          + table + ": it would fail on 'permission denied'.", answer.fix());
    }
    if (pending != null && !pending.isEmpty()) {
      return Check.failed(CREATE, refused + "; " + pending.size() + " pending migration(s) would run as this"
          + " user and fail where they create anything.", answer.fix());
    }
    return Check.warning(CREATE, refused + "; the history table exists and nothing is pending, but the next"
        + " migration that creates anything will fail.", answer.fix());
  }

  private Check write(Dialect dialect, Connection connection, TableName table, DoctorSql sql) {
    String name = table.sql(dialect);
    try {
      Map<String, String> refused = WriteProbe.refused(connection, name, dialect.errors());
      if (refused.isEmpty()) {
        return Check.passed(WRITE, "SELECT, INSERT and DELETE on " + table + " allowed (tried with statements"
            + " that match no row, rolled back)");
      }
      return Check.failed(WRITE, "refused on " + table + ": " + String.join("; ", refused.entrySet().stream()
          .map(e -> e.getKey() + " (" + e.getValue() + ")").toList()) + ". A run could not record its"
          + " migrations.", "GRANT " + String.join(", ", refused.keySet()) + " ON " + name + " TO "
          + sql.grantee(connection));
    } catch (SQLException e) {
      return Check.warning(WRITE, "cannot tell: " + dialect.errors().errorMessage(e), null);
    }
  }

  /** PostgreSQL with {@code txnMode=all}: whether the pending DDL fits the server's lock table. */
  private Optional<Check> lockTableCheck(Dialect dialect, Connection connection, DoctorSql sql,
      List<Migration> pending) {
    if (pending == null || txnMode(dialect) != TxnMode.ALL) {
      return Optional.empty();
    }
    try {
      Optional<DoctorSql.LockTableSize> size = sql.lockTable(connection);
      if (size.isEmpty()) {
        return Optional.empty();
      }
      LockEstimate estimate = LockEstimate.of(pending, dialect.syntax().splitRules());
      long capacity = size.get().capacity();
      String found = "about " + estimate.entries() + " lock entries for " + pending.size() + " pending"
          + " migration(s) in one transaction (an estimate: " + estimate.tables() + " CREATE TABLE counted as "
          + LockEstimate.PER_TABLE + " each, " + estimate.otherDdl() + " other DDL statement(s) as 1), of "
          + capacity + " in the server's lock table (" + size.get().formula() + ")";
      long slots = Math.max(1, size.get().connections() + size.get().prepared());
      String fix = "raise max_locks_per_transaction to at least "
          + Math.max(size.get().perTransaction() * 2, (2 * estimate.entries() + slots - 1) / slots)
          + " (a server restart), or run with " + words.option(Setting.TXN_MODE, TxnMode.PER_FILE.label());
      if (estimate.entries() > capacity) {
        return Optional.of(Check.failed(TXN_LOCKS, found + ": the run would fail with 'out of shared memory'"
            + " and roll everything back.", fix));
      }
      if (estimate.entries() * 2 > capacity) {
        return Optional.of(Check.warning(TXN_LOCKS, found + ": over half of it, and other sessions' locks"
            + " count too.", fix));
      }
      return Optional.of(Check.passed(TXN_LOCKS, found));
    } catch (SQLException | IOException e) {
      return Optional.of(Check.warning(TXN_LOCKS, "cannot estimate: " + e.getMessage(), null));
    }
  }

  /** The run's transaction mode: the one given, else the database's default, as {@code up} chooses it. */
  private TxnMode txnMode(Dialect dialect) {
    return TxnModeChoice.of(config.options(), dialect).mode();
  }

  private void skip(String why, String... names) {
    for (String name : names) {
      checks.add(Check.skipped(name, "not checked: " + why));
    }
  }

  /** The history table as found: absent, unreadable, or its shape and rows. */
  private record HistoryState(Optional<HistoryTable.Shape> shape, Map<String, AppliedVersion> applied,
      DbMigrateException failure) {

    static HistoryState read(HistoryTable history, Connection connection) {
      try {
        Optional<HistoryTable.Shape> shape = history.shape(connection);
        if (shape.isEmpty()) {
          return new HistoryState(shape, Map.of(), null);
        }
        boolean readable = shape.get().columns().contains("version") && !shape.get().versionTooSmall();
        return new HistoryState(shape, readable ? history.read(connection) : null, null);
      } catch (DbMigrateException e) {
        return new HistoryState(Optional.empty(), null, e);
      }
    }

    boolean absent() {
      return failure == null && shape.isEmpty();
    }

    Check check(String table, FrontEnd words) {
      if (failure != null) {
        return Check.failed(HISTORY, failure.getMessage(), "grant the user SELECT on " + table);
      }
      if (shape.isEmpty()) {
        return Check.passed(HISTORY, "absent: the first run creates " + table);
      }
      HistoryTable.Shape found = shape.get();
      String another = "choose another table with " + words.setting(Setting.TABLE);
      if (!found.columns().contains("version")) {
        return Check.failed(HISTORY, "foreign: " + table + " has no version column (columns: "
            + String.join(", ", found.columns()) + "), so it is not a dbmigrate history table and a run"
            + " refuses it.", another + ", or rename that table");
      }
      if (found.versionTooSmall()) {
        return Check.failed(HISTORY, "foreign: " + table + " stores versions in a column of type "
            + found.versionType() + ", which cannot hold a 14-digit version such as 20240101000000; a run"
            + " refuses it.", "change the column's type to varchar(14) (or bigint), or " + another);
      }
      long versions = applied.values().stream().filter(AppliedVersion::isVersion).count();
      String rows = versions + " version(s) recorded" + (versions == 0 ? "" : ", newest " + Planner.newest(applied));
      return Check.passed(HISTORY, found.allColumns() ? "ours: " + rows
          : "the Go tool's (version only): runs record versions only, so both tools can take turns; " + rows);
    }
  }

  /** The migration files, validated as {@code validate} does, with the dialect's rules. */
  private record FileCheck(MigrationSet set, MigrationValidator.Result result, DbMigrateException failure,
      FrontEnd words, String database) {

    static FileCheck of(EngineConfig config, Dialect dialect) {
      FrontEnd words = config.frontEnd();
      try {
        MigrationValidator.Result result = new MigrationValidator(
            new ScriptRules.Chosen(dialect.name(), dialect), event -> {}, words)
            .validate(config.sources().dirs());
        return new FileCheck(config.sources().files(words), result, null, words, dialect.name());
      } catch (DbMigrateException e) {
        return new FileCheck(null, null, e, words, dialect.name());
      }
    }

    Check check(List<Migration> pending) {
      if (failure != null) {
        return Check.failed(FILES, failure instanceof MalformedFiles malformed
            ? malformed.problems().size() + " problem(s): " + String.join("; ", malformed.problems())
            : failure.getMessage(), "fix the files; " + words.goal(Goal.VALIDATE) + " checks them without a database");
      }
      String found = result.migrations() + " migration(s), valid by " + database + "'s rules"
          + (pending == null ? "" : ", " + pending.size() + " pending");
      if (result.warnings().isEmpty()) {
        return Check.passed(FILES, found);
      }
      return Check.passed(FILES, found + "; " + result.warnings().size() + " warning(s), which "
          + words.goal(Goal.VALIDATE) + " lists");
    }
  }
}
