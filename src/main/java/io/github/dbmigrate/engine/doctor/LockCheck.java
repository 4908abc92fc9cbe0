package io.github.dbmigrate.engine.doctor;

import io.github.dbmigrate.engine.db.SqlStates;
import io.github.dbmigrate.engine.DbMigrateException;
import io.github.dbmigrate.engine.Durations;
import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.Goal;
import io.github.dbmigrate.engine.Setting;
import io.github.dbmigrate.engine.db.ConnectionFactory;
import io.github.dbmigrate.engine.dialect.Dialect;
import io.github.dbmigrate.engine.dialect.TableName;
import io.github.dbmigrate.engine.lock.HeldLock;
import io.github.dbmigrate.engine.lock.LockStrategy;
import io.github.dbmigrate.engine.lock.LockTarget;
import io.github.dbmigrate.engine.run.MigrationLock;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Whether a run could take its lock now: the very lock a run takes (same name, same strategy), tried
 * once on a connection of its own and released at once; or who holds it. A lock that lives in a
 * table not created yet is not tried (trying would create it): the first run creates it.
 */
final class LockCheck {

  private final EngineConfig config;
  private final FrontEnd words;
  private final Dialect dialect;
  private final ConnectionFactory factory;
  private final DoctorSql sql;

  LockCheck(EngineConfig config, Dialect dialect, ConnectionFactory factory, DoctorSql sql) {
    this.config = config;
    this.words = config.frontEnd();
    this.dialect = dialect;
    this.factory = factory;
    this.sql = sql;
  }

  Check check(Connection work, TableName table, Answer mayCreate) {
    Optional<LockStrategy> strategy = dialect.lock();
    boolean noLock = config.options().noLock();
    if (strategy.isEmpty()) {
      String why = dialect.whyNoLock().orElse(dialect.name() + " has no lock.");
      if (noLock) {
        return Check.passed(Examination.LOCK, why + " With " + words.setting(Setting.NO_LOCK, "true")
            + " runs take none: make sure no other run migrates this database at the same time.");
      }
      return Check.failed(Examination.LOCK, why + " So " + words.goal(Goal.UP) + " and " + words.goal(Goal.DOWN)
          + " refuse to run without " + words.setting(Setting.NO_LOCK, "true") + ".", "set "
          + words.option(Setting.NO_LOCK, "true") + ", once you make sure no other run migrates this database"
          + " at the same time");
    }
    if (noLock) {
      return Check.warning(Examination.LOCK, words.setting(Setting.NO_LOCK, "true") + ": runs take no lock, so"
          + " two runs at once could both apply a migration.", "drop " + words.setting(Setting.NO_LOCK)
          + " unless only one run at a time can reach this database");
    }
    try {
      return tryOnce(strategy.get(), work, table, mayCreate);
    } catch (SQLException e) {
      return Check.warning(Examination.LOCK, SqlStates.append("cannot tell: " + dialect.errors().errorMessage(e), e)
          + ".", null);
    } catch (DbMigrateException e) {
      return Check.failed(Examination.LOCK, e.getMessage(), "correct the connection settings");
    }
  }

  private Check tryOnce(LockStrategy strategy, Connection work, TableName table, Answer mayCreate)
      throws SQLException {
    LockTarget target = MigrationLock.target(dialect, work, table, words);
    Optional<Answer> needs = sql.lockNeeds(work);
    boolean rowLock = strategy.needsTable() && needs.map(Answer::isNo).orElse(true);
    TableName lockTable = MigrationLock.lockTable(table, words);
    String fallback = needs.filter(Answer::isNo).map(a -> " " + a.how() + ", so runs use the row lock in "
        + lockTable + " instead (" + a.fix() + ").").orElse("");
    if (rowLock) {
      Optional<Check> unusable = rowLockTable(work, lockTable, mayCreate, fallback);
      if (unusable.isPresent()) {
        return unusable.get();
      }
    }
    try (Connection lockConnection = factory.open("doctor lock")) {
      Optional<HeldLock> held;
      try {
        held = strategy.tryAcquire(lockConnection, target);
      } catch (SQLException e) {
        return Check.failed(Examination.LOCK, SqlStates.append("cannot take the lock: " + dialect.errors().errorMessage(e), e)
            + "." + fallback,
            rowLock ? "GRANT SELECT, UPDATE ON " + lockTable.sql(dialect) + " TO " + sql.grantee(work)
                : "grant the user what the lock needs; the database's message names it");
      }
      if (held.isPresent()) {
        held.get().close();
        return Check.passed(Examination.LOCK, "free: taken and released at once." + fallback);
      }
      String holder = strategy.holder(lockConnection, target).orElse("another run (the server does not say who)");
      return Check.warning(Examination.LOCK, "held now by " + holder + "; a run started now would wait for it"
          + " up to " + Durations.format(config.options().lockTimeout()) + " (" + words.setting(Setting.LOCK_TIMEOUT)
          + ")." + fallback, "let that run finish before deploying");
    }
  }

  /**
   * The row lock's table, when a run could not use it: absent (trying would create it, so it is
   * not tried; a failure only when the user may not create it) or unreadable.
   */
  private Optional<Check> rowLockTable(Connection work, TableName lockTable, Answer mayCreate, String fallback)
      throws SQLException {
    String sqlName = lockTable.sql(dialect);
    boolean absent = dialect.history().tableMissing(work, lockTable);
    if (!absent) {
      try (Statement st = work.createStatement()) {
        st.executeQuery("SELECT id FROM " + sqlName + " WHERE 1 = 0").close();
      } catch (SQLException e) {
        if (!dialect.errors().isUndefinedTable(e)) {
          return Optional.of(Check.failed(Examination.LOCK, "the lock is a row of " + lockTable + ", which the"
              + " user may not read: " + dialect.errors().errorMessage(e) + "." + fallback, "GRANT SELECT, UPDATE"
              + " ON " + sqlName + " TO " + sql.grantee(work)));
        }
        absent = true;
      }
    }
    if (!absent) {
      return Optional.empty();
    }
    String missing = "the lock table " + lockTable + " does not exist yet";
    if (mayCreate.isNo()) {
      return Optional.of(Check.failed(Examination.LOCK, missing + ", and the user may not create it, so a run"
          + " cannot lock." + fallback, mayCreate.fix()));
    }
    return Optional.of(Check.passed(Examination.LOCK, missing + ": the first run creates it (not tried, to"
        + " change nothing)." + fallback));
  }
}
