package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.EngineConfig;
import io.github.dbmigrate.engine.FileProblem;
import io.github.dbmigrate.engine.Paths;
import io.github.dbmigrate.engine.Setting;
import io.github.dbmigrate.engine.Target;
import io.github.dbmigrate.engine.TxnMode;
import io.github.dbmigrate.engine.dialect.Dialect;
import io.github.dbmigrate.engine.event.DryRunLine;
import io.github.dbmigrate.engine.event.DryRunWritten;
import io.github.dbmigrate.engine.event.EngineListener;
import io.github.dbmigrate.engine.event.MigrationRecorded;
import io.github.dbmigrate.engine.files.Direction;
import io.github.dbmigrate.engine.files.Script;
import io.github.dbmigrate.engine.files.ScriptReader;
import io.github.dbmigrate.engine.history.AppliedVersion;
import io.github.dbmigrate.engine.history.HistoryTable;
import io.github.dbmigrate.engine.session.Variables;
import io.github.dbmigrate.engine.sql.SqlStatement;
import io.github.dbmigrate.engine.sql.StatementSplitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stands in for {@link ScriptExecutor} in a dry run: the plan is made exactly as for a real run, under
 * the lock, but each statement (the scripts', split as they would be sent, and the history table's
 * inserts and deletes) is written out instead of executed. Nothing is changed; not even a missing
 * history table is created. The statements go to the log and to {@code dry-run.sql}.
 */
final class DryRun implements Execution {

  static final String FILE = "dry-run.sql";

  private final EngineConfig config;
  private final EngineListener listener;
  private final HistoryTable history;
  private final PreviewHistoryWriter historyWriter;
  private boolean historyExists = true;
  private final String goal;
  private final Dialect dialect;
  private final StatementSplitter splitter;
  private final StringBuilder body = new StringBuilder();
  private int scripts;

  /** A dry run of {@code goal}, reading {@code history} on {@code work}. */
  DryRun(EngineConfig config, EngineListener listener, Dialect dialect, HistoryTable history,
      Connection work, String goal) throws SQLException {
    this.config = config;
    this.listener = listener;
    this.history = history;
    this.historyWriter = new PreviewHistoryWriter(history, work, this);
    this.goal = goal;
    this.dialect = dialect;
    // Nothing runs in a dry run, so every script is read from the session's starting state.
    this.splitter = new StatementSplitter(dialect.syntax().splitRules(work));
  }

  /** Removes an earlier dry run's file, so a failed dry run never leaves a stale preview behind. */
  static void forget(EngineConfig config) {
    Path file = config.outputs().file(FILE);
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new FileProblem(file, "Cannot remove the earlier " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public List<RunResult.Step> run(Connection work, List<Script> planned, Map<String, AppliedVersion> before) {
    TxnMode mode = TxnModeChoice.of(config.options(), dialect).mode();
    TxnPolicy policy = TxnPolicy.of(mode);
    ScriptExecutor.refuseBeforeRunning(dialect, splitter.rules(), mode, planned, config.frontEnd());
    if (mode == TxnMode.ALL) {
      body.append("-- BEGIN: one transaction for the whole run (" + config.frontEnd().setting(Setting.TXN_MODE,
          mode.label()) + ")\n\n");
    } else if (mode == TxnMode.NONE) {
      body.append("-- autocommit: each statement commits on its own (" + config.frontEnd().setting(
          Setting.TXN_MODE, mode.label()) + ")\n\n");
    }
    List<RunResult.Step> steps = new ArrayList<>();
    for (Script script : planned) {
      boolean own = policy.ownTransaction(script);
      body.append("-- ").append(script.fileName()).append(own ? ": BEGIN (its own transaction)"
          : mode == TxnMode.PER_FILE ? ": outside a transaction (.no-db-txn.), recorded right after" : "")
          .append('\n');
      appendVariables();
      String checksum = appendStatements(script);
      String version = script.migration().version();
      if (script.direction() == Direction.UP) {
        historyWriter.record(new AppliedVersion(version, script.migration().name(), checksum, null,
            null, config.target().appliedBy(), config.target().environment()));
      } else {
        historyWriter.delete(before.get(version));
      }
      body.append(own ? "-- COMMIT\n\n" : "\n");
      steps.add(new RunResult.Step(version, script.migration().name(), script.fileName(), Duration.ZERO));
      listener.on(new MigrationRecorded(config.target().name(), version, script.migration().name(),
          script.fileName(), script.direction(), Duration.ZERO));
      scripts++;
    }
    if (mode == TxnMode.ALL) {
      body.append("-- COMMIT\n");
    }
    return steps;
  }

  /** Where this dry run's history statements go (see {@link HistoryWriter}). */
  HistoryWriter historyWriter() {
    return historyWriter;
  }

  /** Whether the history table exists; a real run would create a missing one first. */
  void historyExists(boolean exists) {
    this.historyExists = exists;
  }

  /** A history statement a real run would make in the transaction it is in. */
  void historyStatement(String sql) {
    body.append(scriptLine(sql));
  }

  /** History edits a real {@code mark} or {@code unmark} would make, in one transaction. */
  void historyEdits(List<String> statements) {
    if (statements.isEmpty()) {
      return;
    }
    body.append("-- BEGIN\n");
    statements.forEach(sql -> body.append(scriptLine(sql)));
    scripts += statements.size();
    body.append("-- COMMIT\n");
  }

  /** The statements that set the run's variables before each script (values bound in a real run). */
  private void appendVariables() {
    Variables variables = config.target().variables();
    List<String> statements = dialect.session().variables().preview(variables);
    if (!statements.isEmpty()) {
      body.append("-- the run's variables (").append(config.frontEnd().setting(Setting.VARIABLES))
          .append("), values bound as parameters when sent:\n");
      statements.forEach(sql -> body.append(scriptLine(sql)));
    }
  }

  /** Appends the script's statements as they would be sent; returns its checksum. */
  private String appendStatements(Script script) {
    try (ScriptReader reader = ScriptReader.open(script.file())) {
      splitter.split(reader, statement -> body.append(render(statement)));
      return reader.checksum();
    } catch (IOException e) {
      throw ScriptReader.unreadable(script.file(), e);
    }
  }

  /** One statement of the plugin's own (the history table's), ended as the database's client wants. */
  private String scriptLine(String sql) {
    return dialect.syntax().scriptText(new SqlStatement(sql, 1)) + "\n";
  }

  private String render(SqlStatement statement) {
    StringBuilder text = new StringBuilder(dialect.syntax().scriptText(statement)).append('\n');
    if (statement.copyData() != null) {
      text.append(statement.copyData()).append(statement.copyData().endsWith("\n") ? "" : "\n").append("\\.\n");
    }
    return text.toString();
  }

  /** Writes the statements to {@code dry-run.sql} and the log. */
  void write() {
    Target target = config.target();
    StringBuilder text = new StringBuilder()
        .append("-- dbmigrate dry run of ").append(goal).append(" on ").append(target.database().safeUrl())
        .append(", history table ").append(target.table()).append(", ").append(Instant.now()).append('\n')
        .append("-- Nothing was changed: the lock was taken and the plan made as for a real run, but no\n")
        .append("-- statement below was executed").append(historyExists ? "" : " and the history table was not created")
        .append(".\n-- execution_ms is measured when a script really runs; it shows as NULL here.\n\n");
    if (!historyExists) {
      text.append("-- The history table does not exist yet; a real run creates it first:\n")
          .append(scriptLine(history.describeCreate())).append('\n');
    }
    text.append(scripts == 0 ? "-- Nothing to run.\n" : body);
    Path file = config.outputs().file(FILE);
    try {
      Files.createDirectories(file.getParent());
      // The log's lines are masked where they leave the engine; the file leaves here.
      Files.writeString(file, target.redactor().mask(text.toString()), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new FileProblem(file, "Cannot write the dry run to " + file + ": " + e.getMessage(), e);
    }
    text.toString().lines().forEach(line -> listener.on(new DryRunLine(target.name(), line)));
    listener.on(new DryRunWritten(target.name(), scripts, Paths.display(file)));
  }
}
