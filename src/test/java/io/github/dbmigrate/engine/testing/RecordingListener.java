package io.github.dbmigrate.engine.testing;

import io.github.dbmigrate.engine.event.EngineEvent;
import io.github.dbmigrate.engine.event.EngineListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every event, for assertions; {@link #events} and {@link #messages} are what a log shows. */
public final class RecordingListener implements EngineListener {

  private final List<EngineEvent> all = new CopyOnWriteArrayList<>();
  private final List<EngineEvent> logged = new CopyOnWriteArrayList<>();

  @Override
  public void on(EngineEvent event) {
    all.add(event);
    if (event.logged()) {
      logged.add(event);
    }
  }

  /** The events a log shows, in order (clear it to start afresh). */
  public List<EngineEvent> events() {
    return logged;
  }

  /** Every event, facts for reports included. */
  public List<EngineEvent> all() {
    return all;
  }

  public boolean saw(EngineEvent.Kind kind) {
    return logged.stream().anyMatch(e -> e.kind() == kind);
  }

  public List<String> messages(EngineEvent.Kind kind) {
    return logged.stream().filter(e -> e.kind() == kind).map(EngineEvent::message).toList();
  }
}
