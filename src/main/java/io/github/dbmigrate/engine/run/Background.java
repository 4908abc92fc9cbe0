package io.github.dbmigrate.engine.run;

import io.github.dbmigrate.engine.Interrupted;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work started on a thread of its own, so that reading thousands of migration files overlaps opening
 * a connection and reading the history (each takes a few hundred milliseconds in a cold JVM).
 */
final class Background<T> {

  private final String name;
  private final FutureTask<T> task;

  private Background(String name, Callable<T> work) {
    this.name = name;
    this.task = new FutureTask<>(work);
  }

  /** Starts {@code work}; {@code name} says what it does ("reading the migration files"). */
  static <T> Background<T> start(String name, Callable<T> work) {
    Background<T> background = new Background<>(name, work);
    Thread thread = new Thread(background.task, "dbmigrate: " + name);
    thread.setDaemon(true); // never keeps a failed build's JVM alive
    thread.start();
    return background;
  }

  /** Work done already: {@link #join} returns {@code value}. */
  static <T> Background<T> done(T value) {
    Background<T> background = new Background<>("done", () -> value);
    background.task.run();
    return background;
  }

  /** Waits for the result; a failure is thrown as the work threw it. */
  T join() {
    try {
      return task.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Interrupted("Interrupted while " + name + "; nothing was changed.", e);
    }
  }
}
