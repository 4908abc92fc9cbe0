package io.github.dbmigrate.engine;

import java.util.Map;

/** A setting the run cannot use: missing, malformed, or contradicting another. Nothing was touched. */
public final class BadSetting extends DbMigrateException {

  private final Setting setting;

  public BadSetting(Setting setting, String message) {
    this(setting, message, null);
  }

  public BadSetting(Setting setting, String message, Throwable cause) {
    super(message, cause);
    this.setting = setting;
  }

  public Setting setting() {
    return setting;
  }

  @Override
  public String kind() {
    return "badSetting";
  }

  @Override
  public Map<String, Object> details() {
    return Map.of("setting", setting.key());
  }
}
