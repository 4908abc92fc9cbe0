// The command line's -Ddbmigrate.url and -Ddbmigrate.dryRun won over the POM's <url> and <dryRun>.
def log = new File(basedir, 'build.log').text

assert new File(basedir, 'target/b.mv.db').isFile() : 'up migrated database B, named on the command line'
assert !new File(basedir, 'target/a.mv.db').exists() : 'database A, the POM\'s, was never created'

// Every goal that connects names its database, server and history table first.
assert log.count('Database jdbc:h2:file:./target/b (H2 2.') == 3 : 'up, verify and status name database B'
assert log =~ /Database jdbc:h2:file:\.\/target\/b \(H2 [^)]+\)\)(?: as [^,]+)?, schema PUBLIC, history table PUBLIC\.dbmigrate_versions\./
assert log.contains('Applied 20240101000000_create-users.up.sql in ') : 'no dry run: the command line said dryRun=false'
assert log.contains('Now at 20240101000000, 1 version applied.')
assert log =~ /20240101000000\s+create-users\s+applied/

// The mistyped property is named with the one meant.
assert log.contains('[WARNING] -Ddbmigrate.stirct is not a property of any dbmigrate goal and is ignored; did you mean dbmigrate.strict?')
assert log.count('did you mean') == 1 : 'only the mistyped property, once in a build of two goals'

// Without -D, the POM's database A stands.
assert log.contains('The database in jdbc:h2:file:./target/a;IFEXISTS=TRUE does not exist') : 'status on A fails'
return true
