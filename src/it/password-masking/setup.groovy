// An H2 database that checks the password, created before the build.
def credentials = new Properties()
credentials.setProperty('user', 'app')
credentials.setProperty('password', 'url-secret-77')
new org.h2.Driver().connect("jdbc:h2:file:${new File(basedir, 'target/db').absolutePath}", credentials).close()
return true
