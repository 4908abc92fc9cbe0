package io.github.dbmigrate.engine.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that needs a database server (PostgreSQL, MariaDB, or an Oracle or SQL Server named by the
 * environment): {@code ./mvnw test} leaves it out, {@code ./mvnw verify} runs it (tag {@value #TAG}).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag(NeedsDatabaseServer.TAG)
public @interface NeedsDatabaseServer {

  /** The JUnit tag, as the surefire executions in pom.xml name it. */
  String TAG = "database";
}
