package io.github.dbmigrate.engine.event;

/** Receives the engine's events; the front end's adapter routes them to its log. */
@FunctionalInterface
public interface EngineListener {

  void on(EngineEvent event);

  EngineListener SILENT = event -> {};
}
