package io.github.dbmigrate.engine.event;

import java.util.function.UnaryOperator;

/**
 * An event whose texts are names, versions, counts, durations, file names, rule texts and SQL words
 * only: nothing a secret could be in, so masking leaves it as it is. Being one is the event's decision
 * about masking, made where it is declared.
 */
public sealed interface SecretFree extends EngineEvent permits LockAcquired, WorkStarted, RunPlanned,
    MigrationStarting, MigrationRan, RunCommitted, MigrationRecorded, OutOfOrder, HistoryEdited,
    AlreadyRecorded, LintFound, DryRunWritten, NowAt {

  @Override
  default EngineEvent masked(UnaryOperator<String> mask) {
    return this;
  }
}
