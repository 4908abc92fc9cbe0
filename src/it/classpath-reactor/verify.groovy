// app reads the migrations from the db module's jar, in every goal, and the root's status skips what has none.
def log = new File(basedir, 'build.log').text
assert log.contains('Validated 2 migration(s)')
assert log.contains('Applied 2 migration(s)')
assert log.contains('The database matches the migrations: 2 applied, 0 pending, 0 applied with no file.')
assert !log.contains('BUILD FAILURE')
// status at the root: one skip line for the parent and for lib, a table for db and app
assert log =~ /Skipping dbmigrate:status for classpath-reactor: .*does not exist/
assert log =~ /Skipping dbmigrate:status for lib: .*does not exist/
assert (log =~ /20240102000000 +add-email +applied/).count >= 2 : 'db (its own directory) and app (the jar)'
assert !(log =~ /\tat io\.github\.dbmigrate\./) : 'no stack trace at the default log level'
return true
