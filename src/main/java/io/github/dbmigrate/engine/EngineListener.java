package io.github.dbmigrate.engine;

/** Receives the engine's events; the Maven adapter routes them to the build log. */
@FunctionalInterface
public interface EngineListener {

  void on(EngineEvent event);

  EngineListener SILENT = event -> {};
}
