package io.github.dbmigrate.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dbmigrate.engine.files.Migration;
import io.github.dbmigrate.engine.files.MigrationSet;
import io.github.dbmigrate.engine.files.ScriptReader;
import io.github.dbmigrate.engine.history.AppliedVersion;
import io.github.dbmigrate.engine.status.ChecksumState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriftTest {

  @TempDir Path dir;

  private Migration migration(String version, String sql) throws Exception {
    Path up = dir.resolve(version + "_m.up.sql");
    Files.writeString(up, sql);
    return new Migration(version, "m", up, false, null, false);
  }

  private static AppliedVersion row(String version, String checksum) {
    return new AppliedVersion(version, "m", checksum, null, null, null, null);
  }

  @Test
  void onlyAChecksumOfThisAlgorithmIsCompared() throws Exception {
    Migration m = migration("20240101000000", "SELECT 1;");
    String now = ScriptReader.checksumOf(m.up());

    assertThat(Drift.check(row(m.version(), now), m)).isEqualTo(ChecksumState.MATCHES);
    assertThat(Drift.check(row(m.version(), " " + now + " "), m)).isEqualTo(ChecksumState.MATCHES);
    assertThat(Drift.check(row(m.version(), "sha256-lf:0000"), m)).isEqualTo(ChecksumState.CHANGED);
    assertThat(Drift.check(row(m.version(), null), m)).isEqualTo(ChecksumState.UNKNOWN);
    assertThat(Drift.check(row(m.version(), ""), m)).isEqualTo(ChecksumState.UNKNOWN);
    assertThat(Drift.check(row(m.version(), "sha3-lf:" + now.substring(10)), m)).isEqualTo(ChecksumState.UNKNOWN);
    assertThat(Drift.check(row(m.version(), now.substring(10)), m)).isEqualTo(ChecksumState.UNKNOWN);
  }

  @Test
  void findListsChangedFilesOnlyAndAFileThatCannotBeReadCountsAsChanged() throws Exception {
    Migration same = migration("20240101000000", "SELECT 1;");
    Migration edited = migration("20240102000000", "SELECT 2;");
    Migration broken = migration("20240103000000", "SELECT 3;");
    Map<String, AppliedVersion> applied = new TreeMap<>();
    applied.put(same.version(), row(same.version(), ScriptReader.checksumOf(same.up())));
    applied.put(edited.version(), row(edited.version(), ScriptReader.checksumOf(same.up())));
    applied.put(broken.version(), row(broken.version(), ScriptReader.checksumOf(broken.up())));
    applied.put("20240104000000", row("20240104000000", "sha256-lf:00"));
    Files.write(broken.up(), new byte[] {(byte) 0xC3, (byte) 0x28});

    List<Drift.Item> drift = Drift.find(new MigrationSet(List.of(same, edited, broken)), applied);

    assertThat(drift).extracting(Drift.Item::version).containsExactly(edited.version(), broken.version());
    assertThat(drift.get(0).describe()).startsWith("20240102000000_m.up.sql was edited after version"
        + " 20240102000000 was applied (recorded ");
    assertThat(drift.get(1).current()).isEqualTo("unreadable");
  }

  @Test
  void aDescriptionNamesTheFileAndVersionAndShortensLongChecksumsOnly() {
    String recorded = "sha256-lf:0123456789abcdef0123";
    String current = "sha256-lf:fedcba987654";
    Drift.Item item = new Drift.Item("20240102000000", "20240102000000_m.up.sql", recorded, current);

    assertThat(item.describe()).isEqualTo("20240102000000_m.up.sql was edited after version 20240102000000"
        + " was applied (recorded 0123456789ab..., file now fedcba987654)");
    assertThat(new Drift.Item("1", "1_m.up.sql", "0123456789abc", "unreadable").describe())
        .isEqualTo("1_m.up.sql was edited after version 1 was applied (recorded 0123456789ab...,"
            + " file now unreadable)");
  }
}
