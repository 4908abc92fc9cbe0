// Databases that check passwords, created before the build: target/secure-db for the <server> of
// settings.xml (whose password decrypts to s3cret!pw), target/db for the password on the command line.
def create = { String name, String password ->
  def credentials = new Properties()
  credentials.setProperty('user', 'app')
  credentials.setProperty('password', password)
  new org.h2.Driver().connect("jdbc:h2:file:${new File(basedir, "target/${name}").absolutePath}", credentials).close()
}
create('secure-db', 's3cret!pw')
create('db', 'url-secret-77')
return true
