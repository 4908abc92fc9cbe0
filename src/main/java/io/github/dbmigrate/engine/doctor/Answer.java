package io.github.dbmigrate.engine.doctor;

/**
 * A database's answer to a privilege question: yes, no, or cannot tell (the catalog does not show
 * privileges that come through roles, say).
 *
 * @param yes true, false, or null when it cannot be told
 * @param how how it was told, or why it cannot be ("has_schema_privilege", "granted through a role?")
 * @param fix the statement or step that grants what is missing; null when nothing is
 */
public record Answer(Boolean yes, String how, String fix) {

  static Answer yes(String how) {
    return new Answer(true, how, null);
  }

  static Answer no(String how, String fix) {
    return new Answer(false, how, fix);
  }

  static Answer unknown(String why, String fix) {
    return new Answer(null, why, fix);
  }

  boolean isNo() {
    return Boolean.FALSE.equals(yes);
  }

  boolean isYes() {
    return Boolean.TRUE.equals(yes);
  }
}
