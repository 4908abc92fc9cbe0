package it.lib;

public final class Lib {
  private Lib() {}
}
