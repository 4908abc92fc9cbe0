package io.github.dbmigrate.engine;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Another run held the migration lock for longer than the lock timeout. Nothing was changed. */
public final class LockTimeout extends DbMigrateException {

  private final String holder;
  private final Duration waited;

  public LockTimeout(String holder, Duration waited, String message) {
    super(message, null);
    this.holder = holder;
    this.waited = waited;
  }

  /** Who held the lock, as the server described the session. */
  public String holder() {
    return holder;
  }

  @Override
  public String kind() {
    return "lockTimeout";
  }

  @Override
  public Map<String, Object> details() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("lockHolder", holder);
    details.put("waitedMs", waited.toMillis());
    return details;
  }
}
