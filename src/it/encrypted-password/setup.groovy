// The database exists before the build and only accepts user 'app' with its password.
def url = "jdbc:h2:file:${new File(basedir, 'target/secure-db').absolutePath}"
def credentials = new Properties()
credentials.setProperty('user', 'app')
credentials.setProperty('password', 's3cret!pw')
new org.h2.Driver().connect(url, credentials).close()
return true
