package io.github.dbmigrate.engine.db.url;

import java.util.Locale;

/** Which option names in a URL hold a secret: {@code password}, {@code sslpassword}, {@code trustStorePassword}... */
final class SecretKeys {

  private SecretKeys() {}

  static boolean isSecret(String key) {
    String name = key.trim().toLowerCase(Locale.ROOT);
    return name.endsWith("password") || name.endsWith("passwd") || name.equals("pwd")
        || name.endsWith("secret");
  }
}
