package io.github.dbmigrate.engine.files;

import java.nio.file.Path;

/**
 * One migration: an up script and, optionally, a down script sharing a 14-digit version.
 *
 * @param version the UTC {@code yyyyMMddHHmmss} prefix, which orders migrations
 * @param name the slug after the version, as written in the file name
 * @param up the up script
 * @param upNoDbTxn whether the up script carries the {@code .no-db-txn.} marker
 * @param down the down script, or {@code null} when the migration cannot be rolled back
 * @param downNoDbTxn whether the down script carries the {@code .no-db-txn.} marker
 */
public record Migration(
    String version, String name, Path up, boolean upNoDbTxn, Path down, boolean downNoDbTxn) {

  public boolean hasDown() {
    return down != null;
  }

  public String upFileName() {
    return up.getFileName().toString();
  }

  public String downFileName() {
    return down == null ? null : down.getFileName().toString();
  }

  /** The script for a direction, with its no-transaction marker. */
  public Script script(Direction direction) {
    return direction == Direction.UP
        ? new Script(this, direction, up, upNoDbTxn)
        : new Script(this, direction, down, downNoDbTxn);
  }
}
