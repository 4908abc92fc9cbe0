package io.github.dbmigrate.engine.testing;

import java.time.OffsetDateTime;

/** Java functions that H2 calls in place of another database's built-ins (CREATE ALIAS). */
public final class H2StandIns {

  private H2StandIns() {}

  /** SQL Server's SYSDATETIMEOFFSET(): now, with the offset. */
  public static OffsetDateTime sysDateTimeOffset() {
    return OffsetDateTime.now();
  }
}
