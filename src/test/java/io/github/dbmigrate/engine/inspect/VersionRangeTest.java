package io.github.dbmigrate.engine.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dbmigrate.engine.BadSetting;
import io.github.dbmigrate.engine.Setting;
import io.github.dbmigrate.maven.MavenFrontEnd;
import org.junit.jupiter.api.Test;

class VersionRangeTest {

  private static final MavenFrontEnd WORDS = MavenFrontEnd.INSTANCE;

  @Test
  void bothEndsAreIncludedAndEitherMayBeLeftOut() {
    VersionRange range = VersionRange.of("20240101000000", " 20240301000000 ", WORDS);
    assertThat(range.contains("20240101000000", true)).isTrue();
    assertThat(range.contains("20240301000000", true)).isTrue();
    assertThat(range.contains("20231231235959", true)).isFalse();
    assertThat(range.contains("20240301000001", true)).isFalse();
    assertThat(VersionRange.of(null, "", WORDS).isAll()).isTrue();
    assertThat(VersionRange.of("20240101000000", null, WORDS).contains("29991231000000", true)).isTrue();
  }

  @Test
  void recordedValuesThatAreNoVersionAreOnlyInTheWholeRange() {
    assertThat(VersionRange.ALL.contains("abc", false)).isTrue();
    assertThat(VersionRange.of(null, "20240101000000", WORDS).contains("abc", false)).isFalse();
  }

  @Test
  void anEndThatIsNoVersionOrSwappedEndsAreRefusedNamingTheSetting() {
    assertThatThrownBy(() -> VersionRange.of("2024", null, WORDS)).isInstanceOf(BadSetting.class)
        .hasMessageContaining("dbmigrate.from=2024 is not a version")
        .satisfies(e -> assertThat(((BadSetting) e).setting()).isEqualTo(Setting.FROM));
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> VersionRange.of(null, "head", WORDS)))
        .hasMessageContaining("dbmigrate.to=head is not a version");
    assertThatThrownBy(() -> VersionRange.of("20240301000000", "20240101000000", WORDS))
        .hasMessageContaining("dbmigrate.from=20240301000000 is after dbmigrate.to=20240101000000")
        .hasMessageContaining("Swap them");
  }
}
