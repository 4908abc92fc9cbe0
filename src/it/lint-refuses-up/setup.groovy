// A database of this IT's own on the PostgreSQL server of the engine tests (dbmigrate.test.pgUrl), with
// a table the release in production still reads.
def database = 'dbm_it_lint'
def admin = new org.postgresql.Driver().connect(pgUrl, new Properties())
try {
  admin.createStatement().execute("DROP DATABASE IF EXISTS ${database} WITH (FORCE)")
  admin.createStatement().execute("CREATE DATABASE ${database}")
} finally {
  admin.close()
}
def url = pgUrl.replaceFirst(/^(jdbc:postgresql:\/\/[^\/]+\/)[^?]*/, '$1' + database)
def c = new org.postgresql.Driver().connect(url, new Properties())
try {
  c.createStatement().execute('CREATE TABLE legacy_orders (id bigint)')
} finally {
  c.close()
}
def properties = new Properties()
properties.setProperty('dbmigrate.url', url)
new File(basedir, 'it.properties').withWriter('UTF-8') { properties.store(it, 'written by setup.groovy') }
return true
