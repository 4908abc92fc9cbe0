// Databases that check passwords, created before the build: target/secure-db for the <server> of
// settings.xml (whose password decrypts to s3cret!pw), target/db for the password on the command line,
// target/hostile-db for a password holding every URL delimiter (the <server> 'hostile-h2' of
// settings.xml has it too), and a MariaDB database with a user whose password is as hostile.
// Passwords with characters a command line would split go through properties files.
def create = { String name, String password ->
  def credentials = new Properties()
  credentials.setProperty('user', 'app')
  credentials.setProperty('password', password)
  new org.h2.Driver().connect("jdbc:h2:file:${new File(basedir, "target/${name}").absolutePath}", credentials).close()
}
def write = { String file, Map values ->
  def properties = new Properties()
  values.each { k, v -> properties.setProperty(k, v) }
  new File(basedir, file).withOutputStream { properties.store(it, 'written by setup.groovy') }
}
create('secure-db', 's3cret!pw')
create('db', 'url-secret-77')

def h2Hostile = 'H2@:/%;\'"?#&=,)({} \\\u00fc\u5bc6-x1'
create('hostile-db', h2Hostile)
write('hostile-cli.properties', ['dbmigrate.url': 'jdbc:h2:file:./target/hostile-db;IFEXISTS=TRUE',
    'dbmigrate.user': 'app', 'dbmigrate.password': h2Hostile, 'dbmigrate.dir': 'src/main/resources/db/vault',
    'dbmigrate.reportDir': 'target/dbmigrate/6'])
write('hostile-server.properties', ['dbmigrate.url': 'jdbc:h2:file:./target/hostile-db;IFEXISTS=TRUE',
    'dbmigrate.serverId': 'hostile-h2', 'dbmigrate.dir': 'src/main/resources/db/vault',
    'dbmigrate.reportDir': 'target/dbmigrate/7'])

def mariaHostile = 'Ma@:/%;\'"?#&=,)({} \\\u00fc\u5bc6-x2'
def admin = new org.mariadb.jdbc.Driver().connect(mariadbUrl, new Properties())
try {
  def sql = { String statement -> admin.createStatement().execute(statement) }
  sql('DROP DATABASE IF EXISTS dbm_it_secrets')
  sql('CREATE DATABASE dbm_it_secrets')
  sql("DROP USER IF EXISTS 'dbm_it_secret'@'%'")
  sql("CREATE USER 'dbm_it_secret'@'%' IDENTIFIED BY '" + mariaHostile.replace('\\', '\\\\').replace("'", "''") + "'")
  sql("GRANT ALL ON dbm_it_secrets.* TO 'dbm_it_secret'@'%'")
} finally {
  admin.close()
}
def mariaUrl = mariadbUrl.replaceFirst(/^(jdbc:(?:mariadb|mysql):\/\/[^\/?]+)(\/[^?]*)?.*/, '$1/dbm_it_secrets')
write('hostile-mariadb.properties', ['dbmigrate.url': mariaUrl, 'dbmigrate.user': 'dbm_it_secret',
    'dbmigrate.password': mariaHostile, 'dbmigrate.dir': 'src/main/resources/db/mariadb',
    'dbmigrate.reportDir': 'target/dbmigrate/8'])
// PostgreSQL's driver refuses this URL (a '/' in the database name) with a warning that prints it whole
write('hostile-pg-url.properties', [
    'dbmigrate.url': 'jdbc:postgresql://127.0.0.1:5432/post/gres?user=postgres&password=Pg;x5,66) y',
    'dbmigrate.reportDir': 'target/dbmigrate/11'])
return true
