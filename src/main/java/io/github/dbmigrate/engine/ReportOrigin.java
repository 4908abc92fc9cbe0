package io.github.dbmigrate.engine;

import java.lang.management.ManagementFactory;
import java.time.Instant;

/**
 * What writes a run's reports and in which build: the reports say which tool and version wrote them,
 * and the runs of one build are kept side by side (one folder each) and listed in one summary.
 *
 * @param tool the front end's name, such as {@code dbmigrate-maven-plugin}
 * @param toolVersion its version; {@code null} when unknown
 * @param build names the build the run is part of: runs naming the same build share the summary, and a
 *     run naming another build starts it afresh
 * @param execution names this invocation of the goal within the build (Maven's execution id), so
 *     that two invocations of one goal keep reports of their own; {@code null} for none
 */
public record ReportOrigin(String tool, String toolVersion, String build, String execution) {

  /** Embedding the engine without a front end (and tests): every run of this process is one build. */
  public static final ReportOrigin PLAIN = new ReportOrigin("dbmigrate", null, processStart(), null);

  public ReportOrigin {
    tool = tool == null ? "dbmigrate" : tool;
    build = build == null ? processStart() : build;
  }

  /** When this process started, which names its one build where no front end names one. */
  public static String processStart() {
    return Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()).toString();
  }

  public ReportOrigin withExecution(String id) {
    return new ReportOrigin(tool, toolVersion, build, id);
  }
}
