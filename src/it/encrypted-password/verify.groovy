import java.sql.SQLException
def log = new File(basedir, 'build.log').text
assert log.contains('Applied 20240101000000_create-secrets.up.sql')
assert !log.contains('s3cret!pw') : 'the decrypted password never appears, even with -X'

def url = "jdbc:h2:file:${new File(basedir, 'target/secure-db').absolutePath};IFEXISTS=TRUE"
def connect = { String password ->
  def credentials = new Properties()
  credentials.setProperty('user', 'app')
  credentials.setProperty('password', password)
  new org.h2.Driver().connect(url, credentials)
}
def c = connect('s3cret!pw')
def rs = c.createStatement().executeQuery('SELECT count(*) FROM dbmigrate_versions')
rs.next()
assert rs.getInt(1) == 1
c.close()
try {
  connect('wrong').close()
  assert false : 'the database must check the password'
} catch (SQLException expected) {
  assert expected.message.contains('Wrong user name or password')
}
return true
