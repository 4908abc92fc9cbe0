package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.Goal;
import io.github.dbmigrate.engine.dialect.Dialect;
import io.github.dbmigrate.engine.dialect.Dialects;
import io.github.dbmigrate.engine.event.EngineEvent.Level;
import io.github.dbmigrate.engine.event.EngineListener;
import io.github.dbmigrate.engine.event.LintFound;
import io.github.dbmigrate.engine.event.Note;
import io.github.dbmigrate.engine.files.Direction;
import io.github.dbmigrate.engine.files.Migration;
import io.github.dbmigrate.engine.files.MigrationSet;
import io.github.dbmigrate.engine.files.Script;
import io.github.dbmigrate.engine.lint.DatabaseLint;
import io.github.dbmigrate.engine.lint.LintResult;
import io.github.dbmigrate.engine.lint.LintSettings;
import io.github.dbmigrate.engine.lint.MigrationLint;
import io.github.dbmigrate.engine.lint.ReadScripts;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * The lint {@code up} and {@code redo} run under the lock before anything changes (not even the
 * history table is created): the migrations the run would apply are judged, tables created by an
 * earlier one of them count as new, and the applied files before them are read only to learn the
 * schema. An error no allow comment covers refuses the whole run.
 */
final class PendingLint {

  private PendingLint() {}

  /**
   * Lints {@code toRun} (the migrations whose scripts the run would execute) among {@code files}, with
   * their down scripts when {@code downs} (redo runs them); warnings and allowed findings are told to
   * {@code listener}, errors refuse the run.
   */
  static void check(EngineConfig config, EngineListener listener, Goal goal, Dialect dialect, Connection work,
      MigrationSet files, List<Migration> toRun, boolean downs) throws SQLException {
    check(config, listener, goal, dialect, work, files, toRun, downs, null);
  }

  /**
   * As {@link #check(EngineConfig, EngineListener, Goal, Dialect, Connection, MigrationSet, List,
   * boolean)}, with the statements {@code prepared} holds where it was read as this session reads
   * (see {@link #prepare}); null reads the files.
   */
  static void check(EngineConfig config, EngineListener listener, Goal goal, Dialect dialect, Connection work,
      MigrationSet files, List<Migration> toRun, boolean downs, ReadScripts prepared) throws SQLException {
    LintSettings settings = config.options().lint();
    if (settings.off() || toRun.isEmpty()) {
      return;
    }
    String target = config.target().name();
    Optional<DatabaseLint> lint = dialect.capability(DatabaseLint.class);
    if (lint.isEmpty()) {
      listener.on(new Note(target, Level.DEBUG, dialect.name() + " has no lint yet: the migrations run"
          + " without a check for unsafe changes."));
      return;
    }
    // What cannot run at all is said before what is unsafe: a .no-db-txn. script in mode all.
    List<Script> scripts = new ArrayList<>();
    for (Migration m : toRun) {
      scripts.add(m.script(Direction.UP));
      if (downs && m.hasDown()) {
        scripts.add(m.script(Direction.DOWN));
      }
    }
    ScriptExecutor.refuseNoTxnInModeAll(TxnModeChoice.of(config.options(), dialect).mode(), scripts,
        config.frontEnd());
    Set<String> judged = toRun.stream().map(Migration::version).collect(Collectors.toSet());
    LintResult result = MigrationLint.run(lint.get(), dialect.syntax().splitRules(work), settings, true,
        files.all(), m -> judged.contains(m.version()), downs, prepared);
    List<io.github.dbmigrate.engine.lint.Finding> errors = result.errors();
    result.findings().forEach(f -> listener.on(new LintFound(target, f, errors.contains(f))));
    if (result.failed()) {
      throw result.refusalListingErrors(config.frontEnd().goal(goal) + " refuses " + errors.size()
          + " unsafe change(s) in the migrations it would run; nothing was run"
          + (config.options().dryRun() ? " (dry run)" : ""), config.frontEnd());
    }
  }

  /**
   * Reads the up scripts for the lint on a thread of its own while the run connects and takes the
   * lock, with the split rules the database has before a session says otherwise; done (empty) when
   * the lint is off or the database has none.
   */
  static ReadAhead prepare(EngineConfig config, Background<MigrationSet> scanning) {
    AtomicBoolean unneeded = new AtomicBoolean();
    if (config.options().lint().off()) {
      return new ReadAhead(Background.done(null), unneeded);
    }
    Dialect dialect = Dialects.forUrl(config.target().database().jdbcUrl());
    return new ReadAhead(dialect.capability(DatabaseLint.class)
        .map(lint -> Background.start("reading the migration files for the lint",
            () -> ReadScripts.read(lint, dialect.syntax().splitRules(), scanning.join().all(), false, unneeded::get)))
        .orElseGet(() -> Background.done(null)), unneeded);
  }

  /** The scripts being read for the lint, and the switch that stops the reading when nothing is pending. */
  record ReadAhead(Background<ReadScripts> reading, AtomicBoolean unneeded) {

    /** What was read, for {@code toRun}; with nothing to run the reading stops and nothing is waited for. */
    ReadScripts forRunning(List<Migration> toRun) {
      if (toRun.isEmpty()) {
        unneeded.set(true);
        return null;
      }
      return reading.join();
    }
  }
}
