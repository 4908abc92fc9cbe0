package io.github.dbmigrate.engine.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.BadSetting;
import io.github.dbmigrate.engine.dialect.Dialects;
import io.github.dbmigrate.maven.MavenFrontEnd;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The lint settings as users write them: levels, rule ids (named in the error when mistyped), versions. */
class LintSettingsTest {

  private static LintSettings parse(String mode, Map<String, String> rules, String from) {
    return LintSettings.parse(mode, rules, from, Dialects.lintRuleIds(), MavenFrontEnd.INSTANCE);
  }

  @Test
  void givenSettingsAreReadAndBlanksMeanTheDefaults() {
    assertThat(parse(null, null, null)).isEqualTo(LintSettings.defaults());
    assertThat(parse(" ", Map.of(), "")).isEqualTo(LintSettings.defaults());
    LintSettings given = parse("WARN", Map.of("Drop-Column", "off", "dml-without-where", "error"), "20250101000000");
    assertThat(given).isEqualTo(new LintSettings(Level.WARN, Map.of("drop-column", Level.OFF,
        "dml-without-where", Level.ERROR), Optional.of("20250101000000")));
    // warn turns every error into a warning, the rule's own level included
    assertThat(given.levelOf(CommonLint.DML_WITHOUT_WHERE)).isEqualTo(Level.WARN);
    assertThat(given.levelOf(CommonLint.DROP_COLUMN)).isEqualTo(Level.OFF);
    assertThat(given.judges("20241231235959")).isFalse();
    assertThat(given.judges("20250101000000")).isTrue();
  }

  @Test
  void aMistypedRuleIdIsRefusedNamingTheClosestKnownOne() {
    assertThatThrownBy(() -> parse(null, Map.of("drop-colum", "warn"), null))
        .isInstanceOf(BadSetting.class)
        .hasMessageStartingWith("<lintRules> names the rule 'drop-colum', which no lint has; did you mean"
            + " drop-column? The rules: ")
        .hasMessageContaining("dml-without-where");
  }

  @Test
  void aLevelOtherThanErrorWarnOrOffIsRefused() {
    assertThatThrownBy(() -> parse("strict", null, null))
        .isInstanceOf(BadSetting.class)
        .hasMessage("dbmigrate.lint=strict is not a lint level: use error, warn or off.");
    assertThatThrownBy(() -> parse(null, Map.of("drop-table", "fatal"), null))
        .isInstanceOf(BadSetting.class)
        .hasMessage("<lintRules> gives the rule drop-table the level 'fatal': use error, warn or off.");
  }

  @Test
  void lintFromMustBeAVersion() {
    assertThatThrownBy(() -> parse(null, null, "2025-01-01"))
        .isInstanceOf(BadSetting.class)
        .hasMessageStartingWith("dbmigrate.lintFrom=2025-01-01 is not a version");
  }
}
