// The table of the migration that mark records without running, made by hand before the build.
def db = new org.h2.Driver().connect("jdbc:h2:file:${new File(basedir, 'target/db').absolutePath}", new Properties())
db.createStatement().execute('CREATE TABLE items (id int PRIMARY KEY)')
db.close()
return true
