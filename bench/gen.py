#!/usr/bin/env python3
"""Writes the benchmark projects for one N under OUT (see bench/README.md).

Every migration k (1..N) is the same SQL in every tool's format:

    CREATE TABLE bench_0000k (id bigint PRIMARY KEY, name text NOT NULL);
    INSERT INTO bench_0000k (id, name) VALUES (k, 'row k');

Layout written (each Maven project gets an empty .mvn/ so that Maven takes it as its own base
directory instead of climbing up to the plugin's repository):

    OUT/empty/pom.xml                  no plugin: the fixed cost of starting Maven
    OUT/dbmigrate/pom.xml, migrations/ <14-digit version>_create-bench-k.up.sql
    OUT/flyway/pom.xml, sql/           V<version>__create_bench_k.sql
    OUT/liquibase/pom.xml, changelog.sql   one formatted-SQL changeset per migration
    OUT/psql/migrations.sql            BEGIN; ...; COMMIT; per migration (the floor)

Every POM reads the JDBC URL from the user property bench.url.
"""
import argparse
import datetime
import pathlib
import shutil

TOOLS = ("empty", "dbmigrate", "flyway", "liquibase", "psql")
FIRST_VERSION = datetime.datetime(2024, 1, 1, 0, 0, 0)


def version(k):
    """14-digit UTC version of migration k: one second apart, so N=10 000 stays in one day."""
    return (FIRST_VERSION + datetime.timedelta(seconds=k)).strftime("%Y%m%d%H%M%S")


def table(k):
    return f"bench_{k:05d}"


def statements(k):
    return (f"CREATE TABLE {table(k)} (id bigint PRIMARY KEY, name text NOT NULL);\n"
            f"INSERT INTO {table(k)} (id, name) VALUES ({k}, 'row {k}');\n")


def pom(artifact, plugin=""):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>{artifact}</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <build>
    <plugins>{plugin}
    </plugins>
  </build>
</project>
"""


def dbmigrate_plugin(v):
    return f"""
      <plugin>
        <groupId>io.github.dbmigrate</groupId>
        <artifactId>dbmigrate-maven-plugin</artifactId>
        <version>{v.dbmigrate}</version>
        <configuration>
          <url>${{bench.url}}</url>
          <dir>${{project.basedir}}/migrations</dir>
        </configuration>
      </plugin>"""


def flyway_plugin(v):
    return f"""
      <plugin>
        <groupId>org.flywaydb</groupId>
        <artifactId>flyway-maven-plugin</artifactId>
        <version>{v.flyway}</version>
        <configuration>
          <url>${{bench.url}}</url>
          <user>postgres</user>
          <locations>
            <location>filesystem:${{project.basedir}}/sql</location>
          </locations>
        </configuration>
        <dependencies>
          <dependency>
            <groupId>org.flywaydb</groupId>
            <artifactId>flyway-database-postgresql</artifactId>
            <version>{v.flyway}</version>
          </dependency>
          <dependency>
            <groupId>org.postgresql</groupId>
            <artifactId>postgresql</artifactId>
            <version>{v.pgjdbc}</version>
          </dependency>
        </dependencies>
      </plugin>"""


def liquibase_plugin(v):
    return f"""
      <plugin>
        <groupId>org.liquibase</groupId>
        <artifactId>liquibase-maven-plugin</artifactId>
        <version>{v.liquibase}</version>
        <configuration>
          <url>${{bench.url}}</url>
          <username>postgres</username>
          <driver>org.postgresql.Driver</driver>
          <searchPath>${{project.basedir}}</searchPath>
          <changeLogFile>changelog.sql</changeLogFile>
        </configuration>
        <dependencies>
          <dependency>
            <groupId>org.postgresql</groupId>
            <artifactId>postgresql</artifactId>
            <version>{v.pgjdbc}</version>
          </dependency>
        </dependencies>
      </plugin>"""


def fresh_dir(path):
    if path.exists():
        shutil.rmtree(path)
    (path / ".mvn").mkdir(parents=True)
    return path


def write_empty(out, n, v):
    d = fresh_dir(out / "empty")
    (d / "pom.xml").write_text(pom("empty"))


def write_dbmigrate(out, n, v):
    d = fresh_dir(out / "dbmigrate")
    (d / "pom.xml").write_text(pom("dbmigrate", dbmigrate_plugin(v)))
    files = d / "migrations"
    files.mkdir()
    for k in range(1, n + 1):
        (files / f"{version(k)}_create-bench-{k:05d}.up.sql").write_text(statements(k))


def write_flyway(out, n, v):
    d = fresh_dir(out / "flyway")
    (d / "pom.xml").write_text(pom("flyway", flyway_plugin(v)))
    files = d / "sql"
    files.mkdir()
    for k in range(1, n + 1):
        (files / f"V{version(k)}__create_bench_{k:05d}.sql").write_text(statements(k))


def write_liquibase(out, n, v):
    d = fresh_dir(out / "liquibase")
    (d / "pom.xml").write_text(pom("liquibase", liquibase_plugin(v)))
    parts = ["--liquibase formatted sql\n"]
    for k in range(1, n + 1):
        parts.append(f"\n--changeset bench:{version(k)}\n{statements(k)}")
    (d / "changelog.sql").write_text("".join(parts))


def write_psql(out, n, v):
    d = out / "psql"
    d.mkdir(parents=True, exist_ok=True)
    parts = [f"BEGIN;\n{statements(k)}COMMIT;\n" for k in range(1, n + 1)]
    (d / "migrations.sql").write_text("".join(parts))


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", required=True, type=pathlib.Path)
    p.add_argument("--n", required=True, type=int)
    p.add_argument("--tools", default=",".join(TOOLS), help="comma-separated subset of " + ", ".join(TOOLS))
    p.add_argument("--dbmigrate", required=True, help="dbmigrate-maven-plugin version")
    p.add_argument("--flyway", required=True, help="flyway-maven-plugin and flyway-database-postgresql version")
    p.add_argument("--liquibase", required=True, help="liquibase-maven-plugin version")
    p.add_argument("--pgjdbc", required=True, help="org.postgresql:postgresql version for Flyway and Liquibase")
    v = p.parse_args()
    writers = {"empty": write_empty, "dbmigrate": write_dbmigrate, "flyway": write_flyway,
               "liquibase": write_liquibase, "psql": write_psql}
    for tool in v.tools.split(","):
        writers[tool](v.out, v.n, v)


if __name__ == "__main__":
    main()
