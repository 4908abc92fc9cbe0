package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.files.Script;
import java.sql.SQLException;
import java.util.List;

/** A statement of a script failed; knows where, why, and which earlier statements of the file ran. */
final class StatementFailedException extends Exception {

  final Script script;
  final int line;
  final SQLException sqlException;
  final List<Integer> linesRun;

  StatementFailedException(Script script, int line, SQLException cause, List<Integer> linesRun) {
    super(cause.getMessage(), cause, false, false);
    this.script = script;
    this.line = line;
    this.sqlException = cause;
    this.linesRun = List.copyOf(linesRun);
  }
}
