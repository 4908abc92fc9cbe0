// A database of this IT's own on the MariaDB server of the engine tests (dbmigrate.test.mariadbUrl).
def database = 'dbm_it_delimiter'
def admin = new org.mariadb.jdbc.Driver().connect(mariadbUrl, new Properties())
try {
  admin.createStatement().execute("DROP DATABASE IF EXISTS ${database}")
  admin.createStatement().execute("CREATE DATABASE ${database}")
} finally {
  admin.close()
}
def url = mariadbUrl.replaceFirst(/^(jdbc:(?:mariadb|mysql):\/\/[^\/?]+)(\/[^?]*)?/, '$1/' + database)
def properties = new Properties()
properties.setProperty('dbmigrate.url', url)
new File(basedir, 'it.properties').withWriter('UTF-8') { properties.store(it, 'written by setup.groovy') }
return true
