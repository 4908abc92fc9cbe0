package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.files.Direction;
import java.time.Duration;
import java.util.List;

/**
 * What an {@code up} or {@code down} run did.
 *
 * @param direction which scripts ran
 * @param done the migrations that ran and were recorded (or unrecorded), in order
 * @param outOfOrder versions applied although older than the newest applied before the run
 * @param lockWait how long the run waited for another run's lock
 * @param total the run's whole duration
 */
public record RunResult(
    Direction direction, List<Step> done, List<String> outOfOrder, Duration lockWait, Duration total) {

  /** One migration that ran. */
  public record Step(String version, String name, String file, Duration took) {

    /** Which script ran, read from its file name. */
    public Direction direction() {
      return file.endsWith(".down.sql") ? Direction.DOWN : Direction.UP;
    }
  }
}
