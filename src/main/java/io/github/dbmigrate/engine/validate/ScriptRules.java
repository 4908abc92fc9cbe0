package io.github.dbmigrate.engine.validate;

import io.github.dbmigrate.engine.BadSetting;
import io.github.dbmigrate.engine.DbMigrateException;
import io.github.dbmigrate.engine.FrontEnd;
import io.github.dbmigrate.engine.Setting;
import io.github.dbmigrate.engine.db.DatabaseTarget;
import io.github.dbmigrate.engine.dialect.Dialect;
import io.github.dbmigrate.engine.dialect.Dialects;
import io.github.dbmigrate.engine.dialect.ScriptSyntax;
import io.github.dbmigrate.engine.lint.DatabaseLint;
import io.github.dbmigrate.engine.sql.SplitRules;
import java.util.Optional;

/**
 * Which database's script syntax an offline check uses: the dialect setting's name, else the
 * database of the URL setting (never connected to), else PostgreSQL's; both looked up in the
 * one registry, {@link Dialects}.
 */
public final class ScriptRules {

  /** The database whose rules check the files, and its name as the user chose it. */
  public record Chosen(String database, Dialect dialect) {

    /** How the database's client reads a script. */
    public ScriptSyntax syntax() {
      return dialect.syntax();
    }

    /** The database's lint of unsafe schema changes; empty for a database without one. */
    public Optional<DatabaseLint> lint() {
      return dialect.capability(DatabaseLint.class);
    }

    /** How the database's client splits a script. */
    public SplitRules rules() {
      return dialect.syntax().splitRules();
    }
  }

  private ScriptRules() {}

  /**
   * @param dialect a database name such as {@code postgresql} or {@code oracle}, or {@code null}
   * @param url a JDBC URL (or the Go tool's {@code postgres://} form), or {@code null}
   * @param words how the refusals name the dialect setting
   */
  public static Chosen choose(String dialect, String url, FrontEnd words) {
    if (dialect != null && !dialect.isBlank()) {
      Dialects.Named named = Dialects.named(dialect).orElseThrow(() -> new BadSetting(Setting.DIALECT,
          "Unknown " + words.setting(Setting.DIALECT) + " '" + dialect + "'. Use one of: "
              + String.join(", ", Dialects.listedNames()) + "."));
      return new Chosen(named.shown(), named.dialect());
    }
    if (url == null || url.isBlank()) {
      Dialects.Named postgres = Dialects.named("postgresql").orElseThrow();
      return new Chosen(postgres.shown(), postgres.dialect());
    }
    String jdbcUrl = DatabaseTarget.dialectUrl(url);
    try {
      Dialect known = Dialects.forUrl(jdbcUrl);
      return new Chosen(known.name(), known);
    } catch (DbMigrateException unknown) {
      throw new BadSetting(Setting.DIALECT, unknown.getMessage() + " Or set " + words.setting(Setting.DIALECT)
          + " (for example postgresql, oracle, sqlserver, mysql) to check the files with that database's rules.",
          unknown);
    }
  }
}
