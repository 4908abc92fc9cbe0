package io.github.dbmigrate.engine.lock;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** MySQL's named lock without a server. */
class MySqlNamedLockTest {

  @Test
  void mysqlLockNamesAreAtMostSixtyFourCharacters() {
    String shortName = "dbmigrate:app:null:dbmigrate_versions";
    String longName = "dbmigrate:" + "a".repeat(60) + ":null:dbmigrate_versions";
    String otherLongName = "dbmigrate:" + "a".repeat(60) + ":null:dbmigrate_versions_2";

    assertThat(MySqlNamedLock.lockName(new LockTarget(shortName, null))).isEqualTo(shortName);
    assertThat(MySqlNamedLock.lockName(new LockTarget(longName, null))).hasSize(64).startsWith("dbmigrate:aaa");
    assertThat(MySqlNamedLock.lockName(new LockTarget(longName, null)))
        .isNotEqualTo(MySqlNamedLock.lockName(new LockTarget(otherLongName, null)));
  }
}
