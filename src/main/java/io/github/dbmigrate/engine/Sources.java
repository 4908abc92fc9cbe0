package io.github.dbmigrate.engine;

import io.github.dbmigrate.engine.files.MigrationScanner;
import io.github.dbmigrate.engine.files.MigrationSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a run reads once, whichever database it goes to: the migration directories and, once
 * {@link #scan scanned}, the immutable set of migrations found there. Runs against many targets share
 * one scanned {@code Sources} instead of reading the files again each.
 */
public final class Sources {

  private final List<Path> dirs;
  private final MigrationSet files;

  private Sources(List<Path> dirs, MigrationSet files) {
    this.dirs = dirs;
    this.files = files;
  }

  /**
   * The directories, searched with their subfolders; not read yet. None is fine for commands that
   * read no file (the front end refuses none for the others).
   */
  public static Sources in(List<Path> dirs) {
    return new Sources(List.copyOf(dirs), null);
  }

  public List<Path> dirs() {
    return dirs;
  }

  /**
   * These sources with their files read now (itself when they were read before); {@code words} names
   * the front end's settings and goals in what the scan refuses.
   */
  public Sources scan(FrontEnd words) {
    return files != null ? this : new Sources(dirs, MigrationScanner.scan(dirs, words));
  }

  /** The files read by {@link #scan}, if they were. */
  public Optional<MigrationSet> scanned() {
    return Optional.ofNullable(files);
  }

  /** The files: those scanned before, or read now (refused in the words of {@code words}). */
  public MigrationSet files(FrontEnd words) {
    return files != null ? files : MigrationScanner.scan(dirs, words);
  }
}
