package io.github.dbmigrate.engine.event;

/**
 * An event whose log line is a text its raiser wrote whole (a summary, a status line, a note): the line
 * is the text, and masking masks that text.
 */
public sealed interface TextEvent extends EngineEvent permits Summary, StatusLine, DryRunLine, Guard, Note {

  /** The line, as written by whoever raised the event. */
  String text();

  @Override
  default String message() {
    return text();
  }
}
