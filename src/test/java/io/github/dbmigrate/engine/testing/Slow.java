package io.github.dbmigrate.engine.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that takes many seconds (it starts JVMs or kills deploys): {@code ./mvnw test} leaves it out,
 * {@code ./mvnw verify} runs it (tag {@value #TAG}).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag(Slow.TAG)
public @interface Slow {

  /** The JUnit tag, as the surefire executions in pom.xml name it. */
  String TAG = "slow";
}
