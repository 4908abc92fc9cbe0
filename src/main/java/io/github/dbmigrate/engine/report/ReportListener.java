package io.github.dbmigrate.engine.report;

import io.github.dbmigrate.engine.Durations;
import io.github.dbmigrate.engine.event.DriftFound;
import io.github.dbmigrate.engine.event.DryRunWritten;
import io.github.dbmigrate.engine.event.EngineEvent;
import io.github.dbmigrate.engine.event.EngineListener;
import io.github.dbmigrate.engine.event.Finding;
import io.github.dbmigrate.engine.event.HistoryEdited;
import io.github.dbmigrate.engine.event.LintFound;
import io.github.dbmigrate.engine.event.MigrationRecorded;
import io.github.dbmigrate.engine.event.OutOfOrder;
import io.github.dbmigrate.engine.event.ServerAnswered;
import io.github.dbmigrate.engine.event.Summary;
import io.github.dbmigrate.engine.event.TargetIdentified;
import io.github.dbmigrate.engine.event.WorkStarted;
import java.util.List;

/** Fills a {@link RunReport} from the run's events, so that the report and the log cannot disagree. */
final class ReportListener implements EngineListener {

  private final RunReport report;

  ReportListener(RunReport report) {
    this.report = report;
  }

  @Override
  public void on(EngineEvent event) {
    if (event instanceof MigrationRecorded m) {
      report.ran(m.version(), m.name(), m.file(), m.direction().label(), m.took());
    } else if (event instanceof WorkStarted w) {
      report.lockWait(w.lockWait());
    } else if (event instanceof OutOfOrder o) {
      report.outOfOrder(List.of(o.version()));
    } else if (event instanceof DriftFound d) {
      report.drift(d.description());
    } else if (event instanceof HistoryEdited h) {
      report.edit(h.action(), h.version(), h.name());
    } else if (event instanceof LintFound l) {
      report.lint(l.finding());
    } else if (event instanceof Finding f) {
      report.finding(f.text());
    } else if (event instanceof DryRunWritten d) {
      report.summary(d.message());
      report.dryRunFile(d.file());
    } else if (event instanceof ServerAnswered s) {
      report.summary("The database server accepted a connection after " + Durations.format(s.waited()) + ".");
    } else if (event instanceof Summary s) {
      report.summary(s.text());
    } else if (event instanceof TargetIdentified t) {
      report.server(t.product(), t.version());
    }
  }
}
