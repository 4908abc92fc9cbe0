package io.github.dbmigrate.engine.testing;

import io.github.dbmigrate.engine.EngineEvent;
import io.github.dbmigrate.engine.EngineListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every event, for assertions. */
public final class RecordingListener implements EngineListener {

  private final List<EngineEvent> events = new CopyOnWriteArrayList<>();

  @Override
  public void on(EngineEvent event) {
    events.add(event);
  }

  public List<EngineEvent> events() {
    return events;
  }

  public boolean saw(EngineEvent.Kind kind) {
    return events.stream().anyMatch(e -> e.kind() == kind);
  }

  public List<String> messages(EngineEvent.Kind kind) {
    return events.stream().filter(e -> e.kind() == kind).map(EngineEvent::message).toList();
  }
}
